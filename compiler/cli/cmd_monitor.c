/* `jxc monitor [--as-of DATE] [-f text|json] [-o PATH] TARGETS… MONITORING…`: the 序时进度, the
 * progress and the lights of every 监控 report (docs/evaluation.md), or of the one of DATE. */
#include <string.h>
#include "cli/cli.h"
#include "emit/emit.h"
#include "model/eval.h"

typedef struct MonitorJob {
    Program *p;
    Lang lang;
    const char *format, *as_of;
} MonitorJob;

static int run(void *arg, FILE *out) {
    MonitorJob *j = arg;
    return write_monitoring(j->p, j->lang, j->format, j->as_of, out);
}

static bool is_date(const char *s) {
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

int cmd_monitor(const Options *o) {
    const char *format = opt_value(o, OPT_SCORE_FORMAT, "text");
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0 && strcmp(format, "csv") != 0 && strcmp(format, "html") != 0 &&
        strcmp(format, "xlsx") != 0)
        return usage_error(o->command, UI_unknown_score_format, format, "text, json, csv, html, xlsx");
    const char *as_of = opt_value(o, OPT_AS_OF, NULL);
    if (as_of && !is_date(as_of)) return usage_error(o->command, UI_bad_as_of, as_of);
    CompileOptions co = compile_options(o);
    Compilation c;
    compilation_init(&c, &co);
    int status = compilation_run(&c, o->inputs, o->ninputs);
    DiagStyle st = diag_style(o);
    compilation_report(&c, &st);
    if (status != 2) {
        int found = 0;
        for (int i = 0; i < c.program.evaluations.len; i++) {
            const Evaluation *ev = c.program.evaluations.items[i];
            if (ev->kind != N_MONITOR) continue;
            char d[16];
            snprintf(d, sizeof d, "%04d-%02d-%02d", ev->date.y, ev->date.m, ev->date.d);
            found += !as_of || strcmp(as_of, d) == 0;
        }
        if (!found && status == 0) {
            ui_report(UI_monitor_none, as_of ? as_of : ui(UI_monitor_all));
            status = 2;
        } else if (found) {
            MonitorJob job = {&c.program, o->lang, format, as_of};
            int w = write_atomically(opt_value(o, OPT_OUTPUT, NULL), run, &job);
            if (w) status = w;
        }
    }
    compilation_free(&c);
    return status;
}
