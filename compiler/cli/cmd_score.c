/* `jxc score [-f text|json|csv] [-o PATH] TARGETS… EVALUATIONS…`: the scores of every 自评 by
 * its profile (docs/evaluation.md), with the formula of each line. The scores are printed
 * even when a published table's own figures are wrong (that is what is being checked); the
 * status is check's: 1 on errors in the input. */
#include <string.h>
#include "cli/cli.h"
#include "emit/emit.h"
#include "model/eval.h"

typedef struct ScoreJob {
    Program *p;
    Lang lang;
    const char *format;
} ScoreJob;

static int run(void *arg, FILE *out) {
    ScoreJob *j = arg;
    return write_scores(j->p, j->lang, j->format, out);
}

int cmd_score(const Options *o) {
    const char *format = opt_value(o, OPT_SCORE_FORMAT, "text");
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0 && strcmp(format, "csv") != 0 && strcmp(format, "html") != 0 &&
        strcmp(format, "xlsx") != 0)
        return usage_error(o->command, UI_unknown_score_format, format, "text, json, csv, html, xlsx");
    CompileOptions co = compile_options(o);
    Compilation c;
    compilation_init(&c, &co);
    int status = compilation_run(&c, o->inputs, o->ninputs);
    DiagStyle st = diag_style(o);
    compilation_report(&c, &st);
    if (status != 2) {
        int found = 0;
        for (int i = 0; i < c.program.evaluations.len; i++) found += ((Evaluation *)c.program.evaluations.items[i])->kind == N_EVAL;
        if (!found && status == 0) {
            ui_report(UI_score_none);
            status = 2;
        } else if (found) {
            ScoreJob job = {&c.program, o->lang, format};
            int w = write_atomically(opt_value(o, OPT_OUTPUT, NULL), run, &job);
            if (w) status = w;
        }
    }
    compilation_free(&c);
    return status;
}
