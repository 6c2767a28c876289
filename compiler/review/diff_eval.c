/* jxc diff of evaluations (docs/evaluation.md): the 自评 and 监控 of two versions matched by kind
 * and year (or date), their projects by name and 实施单位, their lines by the target's path; for
 * each, the actual, the score (自评) or the light (监控) old → new, and the total and grade. */
#include <string.h>
#include <cjson/cJSON.h>
#include "review/diff.h"
#include "model/eval.h"

static const char *R(Arena *a, Ratio r) { return ratio_text(a, r, 2); }

static const char *eval_key(Arena *a, const Evaluation *ev) {
    if (ev->kind == N_EVAL) return arena_printf(a, "自评 %d", ev->year);
    return arena_printf(a, "监控 %04d-%02d-%02d", ev->date.y, ev->date.m, ev->date.d);
}

static const EvalProject *find_project(const Evaluation *ev, const EvalProject *like) {
    for (int i = 0; ev && i < ev->nprojects; i++) {
        const EvalProject *p = ev->projects[i];
        const char *u1 = p->table->unit_name ? p->table->unit_name : "", *u2 = like->table->unit_name ? like->table->unit_name : "";
        if (strcmp(p->name, like->name) == 0 && strcmp(u1, u2) == 0) return p;
    }
    return NULL;
}

static const char *ind_path(Arena *a, const EvalIndicator *e) {
    return path_text(a, (const char *const *)e->target->path, e->target->depth);
}

static const EvalIndicator *find_line(Arena *a, const EvalProject *ep, const char *path) {
    for (int i = 0; ep && i < ep->ninds; i++)
        if (strcmp(ind_path(a, ep->inds[i]), path) == 0) return ep->inds[i];
    return NULL;
}

static const char *actual_text(const Program *p, const EvalIndicator *e) {
    return e && e->actual ? value_text((Program *)p, e->actual) : "-";
}

static const char *light_word(Lang lang, int l) {
    static const char *zh[] = {"-", "绿灯", "黄灯", "红灯"}, *en[] = {"-", "green", "yellow", "red"};
    return lang == LANG_EN ? en[l] : zh[l];
}

static const char *arrow(Arena *a, const char *x, const char *y) { return arena_printf(a, "%s → %s", x, y); }

/* A figure as the table prints it (得分, 总分 written by the evaluator), "-" for none; and
 * whether it changed: the scores jx computes may stay while the printed ones move. */
static const char *written(Arena *a, bool has, Decimal d) { return has ? amount_text(a, d) : "-"; }
static bool written_changed(bool ho, Decimal o, bool hn, Decimal n) { return ho != hn || (hn && decimal_cmp(o, n) != 0); }
static bool text_changed(const char *o, const char *n) { return strcmp(o ? o : "", n ? n : "") != 0; }
static cJSON *jwritten(Arena *a, bool has, Decimal d) { return has ? cJSON_CreateRaw(amount_text(a, d)) : cJSON_CreateNull(); }

/* The lines of one project that changed; returns how many. */
static int project_lines(Arena *a, Lang lang, const Program *po, const Program *pn, NodeKind kind, const EvalProject *o,
                         const EvalProject *n, PtrVec *lines) {
    int changed = 0;
    const char *actual = lang == LANG_EN ? "actual" : "实际", *score = lang == LANG_EN ? "score" : "得分";
    const char *stated = lang == LANG_EN ? "score as printed" : "填报得分";
    for (int i = 0; i < n->ninds; i++) {
        const EvalIndicator *en = n->inds[i];
        const char *path = ind_path(a, en);
        const EvalIndicator *eo = find_line(a, o, path);
        const char *ao = actual_text(po, eo), *an = actual_text(pn, en);
        bool actual_changed = strcmp(ao, an) != 0;
        bool score_changed = kind == N_EVAL && (!eo || ratio_cmp(eo->score, en->score) != 0);
        bool light_changed = kind == N_MONITOR && (!eo || eo->light != en->light);
        bool stated_changed = kind == N_EVAL && eo && written_changed(eo->has_stated, eo->stated, en->has_stated, en->stated);
        if (!actual_changed && !score_changed && !light_changed && !stated_changed) continue;
        const char *s = arena_printf(a, "    %s: %s %s", en->name, actual, arrow(a, ao, an));
        if (kind == N_EVAL) s = arena_printf(a, "%s, %s %s", s, score, arrow(a, eo ? R(a, eo->score) : "-", R(a, en->score)));
        else s = arena_printf(a, "%s, %s", s, arrow(a, light_word(lang, eo ? eo->light : 0), light_word(lang, en->light)));
        if (stated_changed)
            s = arena_printf(a, "%s, %s %s", s, stated, arrow(a, written(a, eo->has_stated, eo->stated), written(a, en->has_stated, en->stated)));
        ptrvec_push(a, lines, (void *)s);
        changed++;
    }
    const char *budget = "预算执行率";
    bool spent = o->has_spent != n->has_spent || (n->has_spent && decimal_cmp(o->spent, n->spent) != 0) ||
                 o->has_budget != n->has_budget || (n->has_budget && decimal_cmp(o->budget, n->budget) != 0);
    if (spent) {
        const char *so = o->has_spent ? amount_text(a, o->spent) : "-", *sn = n->has_spent ? amount_text(a, n->spent) : "-";
        const char *s = arena_printf(a, "    %s: %s %s", budget, lang == LANG_EN ? "spent" : "执行数", arrow(a, so, sn));
        if (kind == N_EVAL) s = arena_printf(a, "%s, %s %s", s, score, arrow(a, R(a, o->budget_score), R(a, n->budget_score)));
        else s = arena_printf(a, "%s, %s", s, arrow(a, light_word(lang, o->budget_light), light_word(lang, n->budget_light)));
        ptrvec_push(a, lines, (void *)s);
        changed++;
    }
    if (kind == N_EVAL && written_changed(o->has_stated, o->stated, n->has_stated, n->stated)) {
        ptrvec_push(a, lines, (void *)arena_printf(a, "    %s: %s %s", budget, stated, arrow(a, written(a, o->has_stated, o->stated), written(a, n->has_stated, n->stated))));
        changed++;
    }
    if (kind == N_EVAL && (written_changed(o->has_total, o->total_written, n->has_total, n->total_written) ||
                           text_changed(o->grade_written, n->grade_written))) {
        const char *line = arena_printf(a, "    %s %s", lang == LANG_EN ? "total as printed" : "填报总分",
                                        arrow(a, written(a, o->has_total, o->total_written), written(a, n->has_total, n->total_written)));
        if (o->grade_written || n->grade_written) /* (the grade as printed, when one is) */
            line = arena_printf(a, "%s (%s)", line, arrow(a, o->grade_written ? o->grade_written : "-", n->grade_written ? n->grade_written : "-"));
        ptrvec_push(a, lines, (void *)line);
        changed++;
    }
    if (kind == N_EVAL && (o->scored != n->scored || decimal_cmp(o->total_rounded, n->total_rounded) != 0)) {
        ptrvec_push(a, lines,
                    (void *)arena_printf(a, "    %s %s (%s)", lang == LANG_EN ? "total" : "总分",
                                         arrow(a, amount_text(a, o->total_rounded), amount_text(a, n->total_rounded)),
                                         arrow(a, o->grade ? o->grade : "-", n->grade ? n->grade : "-")));
        changed++;
    }
    return changed;
}

int diff_evaluations(Program *po, Program *pn, Lang lang, bool markdown, FILE *out) {
    Arena *a = pn->arena;
    int changes = 0;
    /* Every evaluation of either version, new first, then those only in the old. */
    PtrVec keys = {0};
    StrMap seen;
    strmap_init(&seen, a);
    for (int side = 0; side < 2; side++) {
        Program *p = side ? po : pn;
        for (int i = 0; i < p->evaluations.len; i++) {
            const char *k = eval_key(a, p->evaluations.items[i]);
            if (strmap_get(&seen, k)) continue;
            strmap_put(&seen, k, (void *)k);
            ptrvec_push(a, &keys, (void *)k);
        }
    }
    for (int k = 0; k < keys.len; k++) {
        const Evaluation *eo = NULL, *en = NULL;
        for (int i = 0; i < po->evaluations.len; i++)
            if (strcmp(eval_key(a, po->evaluations.items[i]), keys.items[k]) == 0) eo = po->evaluations.items[i];
        for (int i = 0; i < pn->evaluations.len; i++)
            if (strcmp(eval_key(a, pn->evaluations.items[i]), keys.items[k]) == 0) en = pn->evaluations.items[i];
        const Evaluation *any = en ? en : eo;
        for (int side = 0; side < 2; side++) {
            const Evaluation *ev = side ? eo : en;
            for (int i = 0; ev && i < ev->nprojects; i++) {
                const EvalProject *p = ev->projects[i];
                const EvalProject *other = find_project(side ? en : eo, p);
                if (side && other) continue; /* matched: shown from the new side */
                const char *title = arena_printf(a, "%s · %s", (const char *)keys.items[k], p->name);
                const char *lead = markdown ? "- " : "";
                if (!other) {
                    char m = side ? '-' : '+';
                    const char *what = any->kind == N_EVAL && p->scored
                                           ? arena_printf(a, " (%s %s, %s)", lang == LANG_EN ? "total" : "总分",
                                                          amount_text(a, p->total_rounded), p->grade)
                                           : "";
                    fprintf(out, "%s%c %s%s\n", lead, m, title, what);
                    changes++;
                    continue;
                }
                PtrVec lines = {0};
                int c = project_lines(a, lang, po, pn, any->kind, other, p, &lines);
                if (!c) continue;
                fprintf(out, "%s~ %s\n", lead, title);
                for (int l = 0; l < lines.len; l++) fprintf(out, "%s%s\n", markdown ? "  " : "", (const char *)lines.items[l]);
                changes += c;
            }
        }
    }
    return changes;
}

/* ---- JSON ---- */

static cJSON *jstr(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }
static cJSON *jratio(Ratio r) {
    Decimal d;
    char buf[DECIMAL_STR_MAX];
    if (!ratio_round(r, 2, &d)) return cJSON_CreateNull();
    decimal_format(d, buf);
    return cJSON_CreateRaw(buf);
}
static const char *jlight(int l) {
    static const char *k[] = {NULL, "green", "yellow", "red"};
    return k[l];
}

static cJSON *project_json(Arena *a, const Program *po, const Program *pn, const Evaluation *ev, const char *key,
                           const EvalProject *o, const EvalProject *n, int *changes) {
    const EvalProject *p = n ? n : o;
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "evaluation", key);
    cJSON_AddStringToObject(j, "kind", ev->kind == N_EVAL ? "self-evaluation" : "monitoring");
    cJSON_AddStringToObject(j, "name", p->name);
    cJSON_AddItemToObject(j, "unit", jstr(p->table->unit_name && *p->table->unit_name ? p->table->unit_name : NULL));
    cJSON_AddStringToObject(j, "change", !o ? "added" : !n ? "removed" : "changed");
    if (!o || !n) {
        (*changes)++;
        return j;
    }
    cJSON *lines = cJSON_AddArrayToObject(j, "indicators");
    int c = 0;
    for (int i = 0; i < n->ninds; i++) {
        const EvalIndicator *en = n->inds[i];
        const char *path = ind_path(a, en);
        const EvalIndicator *eo = find_line(a, o, path);
        const char *ao = actual_text(po, eo), *an = actual_text(pn, en);
        bool score_changed = ev->kind == N_EVAL && (!eo || ratio_cmp(eo->score, en->score) != 0);
        bool light_changed = ev->kind == N_MONITOR && (!eo || eo->light != en->light);
        bool stated_changed = ev->kind == N_EVAL && eo && written_changed(eo->has_stated, eo->stated, en->has_stated, en->stated);
        if (strcmp(ao, an) == 0 && !score_changed && !light_changed && !stated_changed) continue;
        cJSON *l = cJSON_CreateObject();
        cJSON *pa = cJSON_AddArrayToObject(l, "path");
        for (int d = 0; d < en->target->depth; d++) cJSON_AddItemToArray(pa, cJSON_CreateString(en->target->path[d]));
        cJSON_AddItemToObject(l, "old_actual", jstr(eo && eo->actual ? ao : NULL));
        cJSON_AddItemToObject(l, "new_actual", jstr(en->actual ? an : NULL));
        if (ev->kind == N_EVAL) {
            cJSON_AddItemToObject(l, "old_score", eo ? jratio(eo->score) : cJSON_CreateNull());
            cJSON_AddItemToObject(l, "new_score", jratio(en->score));
            cJSON_AddItemToObject(l, "old_stated", eo ? jwritten(a, eo->has_stated, eo->stated) : cJSON_CreateNull());
            cJSON_AddItemToObject(l, "new_stated", jwritten(a, en->has_stated, en->stated));
        } else {
            cJSON_AddItemToObject(l, "old_light", jstr(eo ? jlight(eo->light) : NULL));
            cJSON_AddItemToObject(l, "new_light", jstr(jlight(en->light)));
        }
        cJSON_AddItemToArray(lines, l);
        c++;
    }
    cJSON_AddItemToObject(j, "old_spent", o->has_spent ? cJSON_CreateRaw(amount_text(a, o->spent)) : cJSON_CreateNull());
    cJSON_AddItemToObject(j, "new_spent", n->has_spent ? cJSON_CreateRaw(amount_text(a, n->spent)) : cJSON_CreateNull());
    if (o->has_spent != n->has_spent || (n->has_spent && decimal_cmp(o->spent, n->spent) != 0)) c++;
    if (ev->kind == N_EVAL) {
        cJSON_AddItemToObject(j, "old_total", o->scored ? cJSON_CreateRaw(amount_text(a, o->total_rounded)) : cJSON_CreateNull());
        cJSON_AddItemToObject(j, "new_total", n->scored ? cJSON_CreateRaw(amount_text(a, n->total_rounded)) : cJSON_CreateNull());
        cJSON_AddItemToObject(j, "old_grade", jstr(o->grade));
        cJSON_AddItemToObject(j, "new_grade", jstr(n->grade));
        /* as the evaluator printed them */
        cJSON_AddItemToObject(j, "old_budget_stated", jwritten(a, o->has_stated, o->stated));
        cJSON_AddItemToObject(j, "new_budget_stated", jwritten(a, n->has_stated, n->stated));
        cJSON_AddItemToObject(j, "old_total_stated", jwritten(a, o->has_total, o->total_written));
        cJSON_AddItemToObject(j, "new_total_stated", jwritten(a, n->has_total, n->total_written));
        cJSON_AddItemToObject(j, "old_grade_stated", jstr(o->grade_written));
        cJSON_AddItemToObject(j, "new_grade_stated", jstr(n->grade_written));
        if (written_changed(o->has_stated, o->stated, n->has_stated, n->stated) ||
            written_changed(o->has_total, o->total_written, n->has_total, n->total_written) || text_changed(o->grade_written, n->grade_written))
            c++;
    } else {
        cJSON_AddItemToObject(j, "old_light", jstr(o->rate_known ? jlight(o->budget_light) : NULL));
        cJSON_AddItemToObject(j, "new_light", jstr(n->rate_known ? jlight(n->budget_light) : NULL));
    }
    if (!c) {
        cJSON_Delete(j);
        return NULL;
    }
    *changes += c;
    return j;
}

cJSON *diff_evaluations_json(Program *po, Program *pn, int *changes) {
    Arena *a = pn->arena;
    *changes = 0;
    cJSON *arr = cJSON_CreateArray();
    PtrVec keys = {0};
    StrMap seen;
    strmap_init(&seen, a);
    for (int side = 0; side < 2; side++) {
        Program *p = side ? po : pn;
        for (int i = 0; i < p->evaluations.len; i++) {
            const char *k = eval_key(a, p->evaluations.items[i]);
            if (strmap_get(&seen, k)) continue;
            strmap_put(&seen, k, (void *)k);
            ptrvec_push(a, &keys, (void *)k);
        }
    }
    for (int k = 0; k < keys.len; k++) {
        const Evaluation *eo = NULL, *en = NULL;
        for (int i = 0; i < po->evaluations.len; i++)
            if (strcmp(eval_key(a, po->evaluations.items[i]), keys.items[k]) == 0) eo = po->evaluations.items[i];
        for (int i = 0; i < pn->evaluations.len; i++)
            if (strcmp(eval_key(a, pn->evaluations.items[i]), keys.items[k]) == 0) en = pn->evaluations.items[i];
        const Evaluation *any = en ? en : eo;
        for (int side = 0; side < 2; side++) {
            const Evaluation *ev = side ? eo : en;
            for (int i = 0; ev && i < ev->nprojects; i++) {
                const EvalProject *p = ev->projects[i];
                const EvalProject *other = find_project(side ? en : eo, p);
                if (side && other) continue;
                cJSON *j = side ? project_json(a, po, pn, any, keys.items[k], p, NULL, changes)
                                : project_json(a, po, pn, any, keys.items[k], other, p, changes);
                if (j) cJSON_AddItemToArray(arr, j);
            }
        }
    }
    if (!*changes) {
        cJSON_Delete(arr);
        return NULL;
    }
    return arr;
}
