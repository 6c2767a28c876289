/* Writing outputs: atomically (a temporary file beside the target, then a rename), so that a
 * failed build never leaves a half-written or clobbered file behind; and so that the file
 * written keeps what it was: through a symbolic link to its target, with its mode and (where
 * the system allows) its owner and group, its other hard links intact, and never over a file
 * that is read-only. docs/robustness.md says what happens in each case. */
#include "driver/driver.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "diag/ui.h"

/* ---- temporary files removed on SIGINT, SIGTERM, SIGHUP ----
 * Every temporary file is registered while it exists; the handler unlinks those (unlink is
 * async-signal-safe), then dies of the same signal with the default action, so the caller
 * sees the usual status (130, 143). Registering and unregistering happen with those signals
 * blocked, so no signal falls between creating a file and registering it, or between the
 * rename and forgetting the name. */
enum { MAX_TEMPS = 64 }; /* files being written at once: -o and --split's pages */
static char *volatile temps[MAX_TEMPS];
static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};
enum { NFATAL = sizeof fatal_signals / sizeof fatal_signals[0] };

static void on_fatal_signal(int sig) {
    for (int i = 0; i < MAX_TEMPS; i++) {
        char *p = temps[i];
        if (p) unlink(p);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void) {
    static bool installed;
    if (installed) return;
    installed = true;
    for (int i = 0; i < NFATAL; i++) {
        struct sigaction old, sa;
        /* A signal the caller ignores (nohup, a background job of a script) stays ignored. */
        if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        for (int k = 0; k < NFATAL; k++) sigaddset(&sa.sa_mask, fatal_signals[k]);
        sigaction(fatal_signals[i], &sa, NULL);
    }
}

static void block_signals(sigset_t *old) {
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < NFATAL; i++) sigaddset(&set, fatal_signals[i]);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void restore_signals(const sigset_t *old) { sigprocmask(SIG_SETMASK, old, NULL); }

/* Creates the temporary file for `target` and registers it (signals blocked by the caller).
 * Returns its descriptor and sets *tmp (malloc'd), or -1 with errno set. */
static int make_temp(const char *target, char **tmp) {
    size_t n = strlen(target) + 16;
    char *name = malloc(n);
    if (!name) { errno = ENOMEM; return -1; }
    snprintf(name, n, "%s.tmp.XXXXXX", target);
    int fd = mkstemp(name);
    if (fd < 0) {
        int e = errno;
        free(name);
        errno = e;
        return -1;
    }
    for (int i = 0; i < MAX_TEMPS; i++)
        if (!temps[i]) {
            temps[i] = name;
            break;
        }
    *tmp = name;
    return fd;
}

static void forget_temp(const char *tmp) {
    for (int i = 0; i < MAX_TEMPS; i++)
        if (temps[i] == tmp) temps[i] = NULL;
}

/* The file a path finally names: symbolic links followed, each relative target read from the
 * link's own directory, so the temporary file goes beside the real file (a rename works only
 * within one file system). A link to nothing names its target, which is created. NULL with
 * errno set (ELOOP) on a loop. */
static char *final_path(const char *path) {
    char *cur = strdup(path);
    if (!cur) return NULL;
    for (int hops = 0; hops < 40; hops++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) return cur;
        char link[PATH_MAX];
        ssize_t n = readlink(cur, link, sizeof link - 1);
        if (n < 0) return cur;
        link[n] = 0;
        const char *slash = strrchr(cur, '/');
        size_t dl = link[0] == '/' || !slash ? 0 : (size_t)(slash - cur) + 1;
        char *next = malloc(dl + (size_t)n + 1);
        if (!next) { free(cur); errno = ENOMEM; return NULL; }
        memcpy(next, cur, dl);
        memcpy(next + dl, link, (size_t)n + 1);
        free(cur);
        cur = next;
    }
    free(cur);
    errno = ELOOP;
    return NULL;
}

/* May the user write this existing file? The file's own permission says so, as for any
 * program that opens it: a rename would replace even a read-only file, and that is exactly
 * what must not happen. root may write any file, but one with no write permission at all
 * (chmod a-w) is a file someone marked not to be changed, and it is not. 0, or the errno. */
static int may_write(const char *target, const struct stat *st) {
    if (geteuid() == 0) return st->st_mode & 0222 ? 0 : EACCES;
    return faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) == 0 ? 0 : errno;
}

/* Makes the new file what the old one was: owner and group where the system lets us (root,
 * or a group the user is in), then the mode (set-id bits only when the owner is kept). */
static void keep_attributes(int fd, const struct stat *st) {
    bool owner = fchown(fd, st->st_uid, st->st_gid) == 0;
    if (!owner && fchown(fd, (uid_t)-1, st->st_gid) != 0) {}
    fchmod(fd, st->st_mode & (owner ? 07777 : 0777));
}

/* Copies the complete temporary file over the target in place (the target has other hard
 * links, which a rename would split off). The signals stay blocked while the target is being
 * rewritten, so an interrupt cannot leave it half written. */
static int copy_in_place(int from, const char *target) {
    int to = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (to < 0) return errno;
    char buf[1 << 16];
    off_t off = 0;
    int err = 0;
    for (;;) {
        ssize_t n = pread(from, buf, sizeof buf, off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { err = errno; break; }
        if (n == 0) break;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(to, buf + done, (size_t)(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) { err = errno; break; }
            done += w;
        }
        if (err) break;
        off += n;
    }
    if (!err && fsync(to) != 0) err = errno;
    if (close(to) != 0 && !err) err = errno;
    return err;
}

/* A device, a pipe or a socket (-o /dev/null, -o /dev/stdout, a FIFO) is written in place:
 * renaming a new file over it would replace the device itself (as root, `-o /dev/null`
 * turned /dev/null into a regular file that then filled the disk). */
static int write_device(const char *path, WriteFn write, void *arg) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        ui_report(UI_cannot_write, path, syserr_text(errno));
        return 2;
    }
    int r = write(arg, f);
    if (fclose(f) != 0 && r == 0) {
        ui_report(UI_cannot_write, path, syserr_text(errno));
        r = 2;
    }
    return r;
}

int write_atomically(const char *path, WriteFn write, void *arg) {
    if (!path || strcmp(path, "-") == 0) {
        /* A failure to write standard output is reported once, by main (cli/main.c). */
        errno = 0;
        int r = write(arg, stdout);
        if (r != 0 && ferror(stdout)) note_stdout_errno(errno);
        if (flush_stdout() != 0) return 2;
        return r;
    }
    char *target = final_path(path);
    if (!target) {
        ui_report(UI_cannot_write, path, syserr_text(errno));
        return 2;
    }
    struct stat st;
    bool exists = stat(target, &st) == 0;
    if (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        free(target);
        return write_device(path, write, arg);
    }
    if (exists && S_ISREG(st.st_mode)) {
        int e = may_write(target, &st);
        if (e) {
            if (e == EACCES || e == EPERM) ui_report(UI_read_only, path);
            else ui_report(UI_cannot_write, path, syserr_text(e));
            free(target);
            return 2;
        }
    }
    bool in_place = exists && S_ISREG(st.st_mode) && st.st_nlink > 1;

    install_handlers();
    sigset_t old;
    block_signals(&old);
    char *tmp = NULL;
    int fd = make_temp(target, &tmp);
    int err = errno;
    restore_signals(&old);
    if (fd < 0) {
        ui_report(UI_cannot_write, path, syserr_text(err));
        free(target);
        return 2;
    }
    FILE *f = fdopen(fd, "w+b");
    if (!f) {
        err = errno;
        close(fd);
        block_signals(&old);
        unlink(tmp);
        forget_temp(tmp);
        restore_signals(&old);
        ui_report(UI_cannot_write, path, syserr_text(err));
        free(tmp);
        free(target);
        return 2;
    }
    int r = write(arg, f);
    errno = 0;
    bool ok = r == 0 && fflush(f) == 0 && !ferror(f) && fsync(fd) == 0;
    err = errno ? errno : EIO;
    /* The temporary file is complete when it holds every byte written. */
    struct stat tst;
    off_t written = ok ? ftello(f) : -1;
    if (ok && (fstat(fd, &tst) != 0 || tst.st_size != written)) ok = false, err = EIO;
    if (ok && getenv("JX_TEST_STOP_WRITING")) raise(SIGSTOP); /* tests/golden/cli/output-signals.t */
    if (ok && !in_place) {
        if (exists) keep_attributes(fd, &st);
        else {
            /* A new output is an ordinary document: readable by others, as a plain create
             * would make it. */
            mode_t mask = umask(0);
            umask(mask);
            fchmod(fd, 0666 & ~mask);
        }
    }
    block_signals(&old);
    if (ok && in_place) {
        int e = copy_in_place(fd, target);
        if (e) {
            /* The target may be cut short; the complete new text is kept. */
            forget_temp(tmp);
            restore_signals(&old);
            ui_report(UI_in_place_failed, path, syserr_text(e), tmp);
            fclose(f);
            free(tmp);
            free(target);
            return 2;
        }
        unlink(tmp);
    } else if (ok && rename(tmp, target) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) unlink(tmp);
    forget_temp(tmp);
    restore_signals(&old);
    if (fclose(f) != 0 && ok) {} /* fsynced and renamed: nothing is lost */
    if (!ok) ui_report(UI_cannot_write, path, syserr_text(err));
    free(tmp);
    free(target);
    return ok ? 0 : r ? r : 2;
}

static int sink_write_file(Sink *s, const char *path, WriteFn write, void *arg) {
    (void)s;
    return write_atomically(path, write, arg);
}

static int sink_make_dir(Sink *s, const char *dir) {
    (void)s;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        ui_report(UI_cannot_mkdir, dir, syserr_text(errno));
        return 2;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        ui_report(UI_not_a_dir, dir);
        return 2;
    }
    return 0;
}

Sink sink_files(FILE *out) { return (Sink){out, sink_write_file, sink_make_dir}; }
