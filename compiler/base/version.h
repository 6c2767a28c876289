#ifndef JX_VERSION_H
#define JX_VERSION_H
#define JX_VERSION "0.1.0"
#endif
