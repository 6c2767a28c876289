/* The commands of jxc (main.c dispatches to them). Each returns the exit status:
 * 0 fine, 1 errors in the input (or differences), 2 usage or I/O trouble. */
#ifndef JX_COMMANDS_H
#define JX_COMMANDS_H
#include "cli/options.h"

int cmd_check(const Options *o);
int cmd_build(const Options *o);
int cmd_fmt(const Options *o);   /* fmt.c */
int cmd_diff(const Options *o);  /* diff.c */
int cmd_tokens(const Options *o); /* cmd_tokens.c: the lexer's tokens, for developers */

#endif
