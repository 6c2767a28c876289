/* `jxc build -f FORMAT [-o PATH] [options] FILE|DIR...`: checks the inputs and, when there is no
 * error, writes the output of the emitter the format names (emit/emitters.c), atomically. */
#include <string.h>
#include "cli/cli.h"
#include "emit/emit.h"

typedef struct BuildJob {
    Program *p;
    const Emitter *e;
    const EmitOptions *eo;
} BuildJob;

static int run_emitter(void *arg, FILE *out) {
    BuildJob *j = arg;
    Sink sink = sink_files(out);
    return j->e->write(j->p, j->eo, &sink);
}

/* Names joined as a list: "--table、--no-bom 和 --encoding", "json, csv or html". */
static const char *join(const char *const *names, int count, const char *prefix, UiText last, char *buf, size_t n) {
    buf[0] = 0;
    for (int i = 0; i < count; i++) {
        if (i) strncat(buf, ui(i == count - 1 ? last : UI_list_sep), n - strlen(buf) - 1);
        strncat(buf, prefix, n - strlen(buf) - 1);
        strncat(buf, names[i], n - strlen(buf) - 1);
    }
    return buf;
}

/* An option of another format is a mistake, not a no-op. */
static int check_format_options(const Options *o, const Emitter *chosen) {
    for (int e = 0; e < emitter_count; e++) {
        const Emitter *other = &emitters[e];
        if (other == chosen || !other->options) continue;
        int count = 0;
        while (other->options[count]) count++;
        for (int k = 0; k < count; k++)
            for (int i = 0; i < OPT_COUNT; i++) {
                if (strcmp(option_defs[i].name, other->options[k]) != 0 || !opt_given(o, (OptId)i)) continue;
                char list[256];
                return emit_usage(count > 1 ? UI_format_options_elsewhere : UI_format_option_elsewhere,
                                  join(other->options, count, "--", UI_list_and, list, sizeof list), other->name, chosen->name);
            }
    }
    return 0;
}

int cmd_build(const Options *o) {
    const char *names[16];
    int n = 0;
    for (int i = 0; i < emitter_count && n < 16; i++) names[n++] = emitters[i].name;
    const char *format = opt_value(o, OPT_FORMAT, NULL);
    if (!format) {
        char bar[128] = "";
        for (int i = 0; i < n; i++) {
            if (i) strcat(bar, "|");
            strncat(bar, names[i], sizeof bar - strlen(bar) - 2);
        }
        return usage_error(NULL, UI_build_needs_format, bar);
    }
    const Emitter *e = emitter_find(format);
    if (!e) {
        char list[256];
        return usage_error(NULL, UI_unknown_output_format, format, join(names, n, "", UI_list_or, list, sizeof list));
    }
    EmitOptions eo = {o->lang, opt_value(o, OPT_OUTPUT, NULL), opt_value(o, OPT_TABLE, NULL), opt_value(o, OPT_ENCODING, NULL),
                      opt_given(o, OPT_NO_BOM), opt_value(o, OPT_SPLIT, NULL)};
    if (check_format_options(o, e)) return 2;
    if (e->check && e->check(&eo)) return 2;

    CompileOptions co = compile_options(o);
    Compilation c;
    compilation_init(&c, &co);
    int status = compilation_run(&c, o->inputs, o->ninputs);
    DiagStyle st = diag_style(o);
    int written = compilation_report(&c, &st);
    if (written > status) status = written;
    const char *input = status == 0 ? output_is_input(&c, eo.output) : NULL;
    if (input) {
        /* jxc build -f json -o budget.jx budget.jx would replace the source with its JSON. */
        ui_report(UI_output_is_input, eo.output, input);
        status = 2;
    }
    if (status == 0) {
        BuildJob job = {&c.program, e, &eo};
        status = write_atomically(eo.output, run_emitter, &job);
    }
    compilation_free(&c);
    return status;
}
