/* The declarations: units (单位), levels (等级), forms (表式) and indicator groups (指标组),
 * from the standard library and the user's files alike. */
#include <string.h>
#include "check/check.h"

static void redeclared(Program *p, Span where, const char *name, Span first) {
    Diag *d = diag_at(p->diags, E0316, where, name, NULL);
    diag_note(p->diags, d, E0316_note, first, NULL);
}

static Unit *new_unit(Program *p, const char *name, const char *dim, Span decl, bool builtin) {
    Unit *u = arena_alloc(p->arena, sizeof *u);
    u->name = name;
    u->dimension = dim;
    u->decl = decl;
    u->builtin = builtin;
    return u;
}

static void declare_unit(Program *p, const char *name, const char *dim, Span where) {
    Unit *old = strmap_get(&p->units, name);
    if (old) {
        if (strcmp(old->dimension, dim) != 0) redeclared(p, where, name, old->decl);
        return;
    }
    strmap_put(&p->units, name, new_unit(p, name, dim, where, false));
}

/* 单位 含糊 { M }: units of two readings (M: 米 or 兆?), read after every unit is declared. */
static bool ambiguous_units(const Node *n) { return n->has_block && strcmp(n->name, "含糊") == 0; }

static void mark_ambiguous(Program *p, Node *n) {
    for (int i = 0; i < n->nvalues; i++) {
        Unit *u = strmap_get(&p->units, n->values[i]->text);
        if (u) u->ambiguous = true;
        else diag_at(p->diags, E0307, n->values[i]->span, n->values[i]->text, NULL);
    }
}

/* 单位 公里 1000米: read once every unit is declared (conversion_decl). */
static bool conversion(const Node *n) { return !n->has_block && n->nvalues == 1 && n->values[0]->syntax == VX_MEASURE; }

static void unit_decl(Program *p, Node *n) {
    if (ambiguous_units(n) || conversion(n)) return;
    if (n->has_block) { /* 单位 计数 { 台 人次 … } */
        for (int i = 0; i < n->nvalues; i++) declare_unit(p, n->values[i]->text, n->name, n->values[i]->span);
    } else if (n->nvalues == 1) { /* 单位 台 计数 */
        declare_unit(p, n->name, n->values[0]->text, n->name_span);
    }
}

static Level *get_level(Program *p, const char *word, Span where) {
    Level *l = strmap_get(&p->levels, word);
    if (!l) {
        l = arena_alloc(p->arena, sizeof *l);
        l->word = word;
        l->decl = where;
        strmap_put(&p->levels, word, l);
    }
    return l;
}

static void level_decl(Program *p, Node *n) {
    if (n->has_block) { /* 等级 比率 { 序时进度 } : the class of the words */
        for (int i = 0; i < n->nvalues; i++) {
            Level *l = get_level(p, n->values[i]->text, n->values[i]->span);
            if (strcmp(n->name, "含糊") == 0) l->vague = true;
            else l->dimension = n->name;
        }
        return;
    }
    if (!n->ordered) {
        for (int i = 0; i < n->nvalues; i++) get_level(p, n->values[i]->text, n->values[i]->span);
        return;
    }
    LevelScale *sc = arena_alloc(p->arena, sizeof *sc);
    sc->levels = arena_alloc(p->arena, sizeof *sc->levels * (size_t)n->nvalues);
    sc->decl = n->span;
    for (int i = 0; i < n->nvalues; i++) {
        Value *v = n->values[i];
        if (i > 0 && v->cmp != CMP_GT) {
            diag_at(p->diags, E0414, v->cmp_span, span_text(p, v->cmp_span), NULL);
            continue;
        }
        Level *l = get_level(p, v->text, v->span);
        bool repeated = false;
        for (int k = 0; k < sc->n && !repeated; k++) repeated = sc->levels[k] == l;
        if (repeated) {
            /* 好 > 较好 > 好: a word cannot be better than itself. */
            diag_at(p->diags, E0416, v->span, v->text, NULL);
            continue;
        }
        /* A word may be on several scales (差 ends both 好 > … > 差 and 优 > … > 差); its own
         * scale is the first, and jxc diff compares two words on a scale they share. */
        if (!l->scale) {
            l->scale = sc;
            l->rank = sc->n;
        }
        sc->levels[sc->n++] = l;
    }
    /* Two scales that share words must order them the same way, or jxc diff could call the
     * same change 收紧 by one and 放宽 by the other. */
    for (int s = 0; s < p->scales.len; s++) {
        const LevelScale *other = p->scales.items[s];
        int last_pos = -1, last = -1;
        for (int i = 0; i < sc->n; i++) {
            int pos = -1;
            for (int k = 0; k < other->n && pos < 0; k++)
                if (other->levels[k] == sc->levels[i]) pos = k;
            if (pos < 0) continue;
            if (last >= 0 && pos < last_pos) {
                Diag *d = diag_at(p->diags, E0417, span_join(n->values[0]->span, n->values[n->nvalues - 1]->span),
                                  sc->levels[last]->word, sc->levels[i]->word, NULL);
                diag_note(p->diags, d, E0417_note, other->decl, NULL);
                s = p->scales.len; /* one report for this scale */
                break;
            }
            last_pos = pos;
            last = i;
        }
    }
    ptrvec_push(p->arena, &p->scales, sc);
}

/* ---- forms -------------------------------------------------------------------------------- */

static const char *const form_keys[] = {"标题", "对象", "金额单位", "半年", "总额", "开始", "完成", "目标", "参照",
                                        "共性指标", "字段", "资金来源", "指标框架", "版式", "别名", "角色", "其他字段",
                                        "其他来源", "二级指标值", "指标列", "中期"};
static const char *const field_types[] = {"文本", "年份", "日期", "电话", "金额", "数字", "选项", "时间", "月份", "期间"};

static void bad_form_item(Program *p, Node *item, const char *what) {
    Span where = item->nvalues ? span_join(item->values[0]->span, item->values[item->nvalues - 1]->span)
                               : item->name ? item->name_span : item->span;
    diag_at(p->diags, E0317, where, item->name ? item->name : "?", what, NULL);
}

static const char *item_word(Program *p, Node *item, int i) {
    if (i >= item->nvalues) return NULL;
    return value_text(p, item->values[i]);
}

static bool yes_no(Program *p, Node *item, bool *out) {
    const char *w = item_word(p, item, 0);
    if (w && (strcmp(w, "是") == 0 || strcmp(w, "有") == 0)) { *out = true; return true; }
    if (w && (strcmp(w, "否") == 0 || strcmp(w, "无") == 0)) { *out = false; return true; }
    bad_form_item(p, item, "是 | 否");
    return false;
}

static const char **item_words(Program *p, Node *item, int *n) {
    const char **out = arena_alloc(p->arena, sizeof *out * (size_t)(item->nvalues + 1));
    for (int i = 0; i < item->nvalues; i++) out[i] = item_word(p, item, i);
    *n = item->nvalues;
    return out;
}

/* 别名 { 名称 别名… }: each line a name, then the names written for it. A name given two
 * meanings is reported (E0316); naming a name itself is harmless. */
static void read_alias_line(Program *p, StrMap *map, Node *it) {
    if (it->nvalues == 0) bad_form_item(p, it, "名称 别名…");
    for (int i = 0; i < it->nvalues; i++) {
        const char *alias = value_text(p, it->values[i]);
        if (strcmp(alias, it->name) == 0) continue;
        Node *old = strmap_get(map, alias);
        if (old && strcmp(old->name, it->name) != 0) {
            redeclared(p, it->values[i]->span, alias, old->values[0]->span);
            continue;
        }
        strmap_put(map, alias, it);
    }
}

static void read_aliases(Program *p, StrMap *map, Node *block) {
    for (Node *it = block->children; it; it = it->next)
        if (it->name) read_alias_line(p, map, it);
}

static StrMap *new_map(Program *p) {
    StrMap *m = arena_alloc(p->arena, sizeof *m);
    strmap_init(m, p->arena);
    return m;
}

/* ---- conversions between units ------------------------------------------------------------- */

/* `u` is `factor` of `to`. A unit has one conversion: another is E0316 (the same one again is
 * harmless). The units are kept in `order` to find their roots in the order declared. */
static void set_conversion(Program *p, Unit *u, const Unit *to, Decimal factor, Span where, PtrVec *order) {
    if (u->to) {
        if (u->to != to || decimal_cmp(u->to_factor, factor) != 0) redeclared(p, where, u->name, u->to_decl);
        return;
    }
    u->to = to;
    u->to_factor = factor;
    u->to_decl = where;
    ptrvec_push(p->arena, order, u);
}

/* The conversions being read: the converting units in the order declared, and the
 * conversions whose unit is not declared yet, by that unit's name (单位 吨 1000千克 before
 * 单位 千克 1000克 declares 千克: read again when it is). */
typedef struct Conversions {
    PtrVec order;       /* Unit* */
    StrMap waiting;     /* unit name → PtrVec* of Node* */
    PtrVec declared;    /* names of the units declared by a conversion, still to wake */
    StrMap done;        /* Node* already read (as a key: its address) */
} Conversions;

/* The unit named `name` for a conversion to `to`: declared now in `to`'s dimension if it is
 * new; NULL (reported) when it is declared in another dimension. */
static Unit *convertible(Program *p, Conversions *cv, const char *name, const Unit *to, Span where) {
    Unit *u = strmap_get(&p->units, name);
    if (!u) {
        u = new_unit(p, name, to->dimension, where, false);
        strmap_put(&p->units, name, u);
        ptrvec_push(p->arena, &cv->declared, (void *)name);
        return u;
    }
    if (strcmp(u->dimension, to->dimension) != 0) {
        redeclared(p, where, name, u->decl);
        return NULL;
    }
    return u;
}

static const char *node_key(Program *p, const Node *n) { return arena_printf(p->arena, "%p", (const void *)n); }

static void wait_for(Program *p, Conversions *cv, const char *name, Node *n) {
    PtrVec *list = strmap_get(&cv->waiting, name);
    if (!list) {
        list = arena_alloc(p->arena, sizeof *list);
        strmap_put(&cv->waiting, name, list);
    }
    ptrvec_push(p->arena, list, n);
}

/* 单位 公里 1000米: a positive number of another declared unit (not a compound). Returns
 * false when that unit is not declared (yet): then, with `last`, it is reported. */
static bool conversion_decl(Program *p, Conversions *cv, Node *n, bool last) {
    const char *key = node_key(p, n);
    if (strmap_get(&cv->done, key)) return true;
    Value *m = n->values[0];
    const char *what = span_text(p, m->span);
    if (!m->unit || !m->number_ok || m->cmp != CMP_NONE || m->label) {
        strmap_put(&cv->done, key, n);
        diag_at(p->diags, E0327, m->span, n->name, what, NULL);
        return true;
    }
    int exp = m->mult_exp, unit_exp = 0;
    const Unit *to = NULL;
    const char *joined = NULL;
    if (m->mult_exp) { /* 1000千克: 千克 declared whole is read whole, as in a target */
        joined = arena_printf(p->arena, "%s%s", span_text(p, m->mult_span), m->unit);
        if (!strchr(joined, '/') && (to = strmap_get(&p->units, joined))) exp = 0;
    }
    if (!to) to = resolve_unit(p, m->unit, &unit_exp);
    if (!to && !last) {
        wait_for(p, cv, m->unit, n);
        if (joined) wait_for(p, cv, joined, n);
        return false;
    }
    strmap_put(&cv->done, key, n);
    if (!to) {
        diag_at(p->diags, E0307, m->unit_span, m->unit, NULL);
        return true;
    }
    Decimal factor;
    if (strchr(to->name, '/') || strcmp(to->name, n->name) == 0 || decimal_is_zero(m->number) || decimal_is_negative(m->number) ||
        !decimal_mul_pow10(m->number, exp + unit_exp, &factor)) {
        diag_at(p->diags, E0327, m->span, n->name, what, NULL);
        return true;
    }
    Unit *u = convertible(p, cv, n->name, to, n->name_span);
    if (u) set_conversion(p, u, to, factor, m->span, &cv->order);
    return true;
}

/* Reads again the conversions that waited for a unit declared since. */
static void wake(Program *p, Conversions *cv) {
    while (cv->declared.len) {
        const char *name = cv->declared.items[--cv->declared.len];
        PtrVec *list = strmap_get(&cv->waiting, name);
        int n = list ? list->len : 0; /* the list as it is now: one that must wait again is added anew */
        for (int i = 0; i < n; i++) conversion_decl(p, cv, list->items[i], false);
    }
}

/* 别名 at the top of a file: a line whose name is a unit gives that unit's synonyms
 * (别名 { 千克 公斤 }: 公斤 is 1 千克); any other line gives names of fields, funding sources
 * and categories, for every form. Read once every unit is declared. */
static void alias_decl(Program *p, Conversions *cv, Node *n) {
    for (Node *it = n->children; it; it = it->next) {
        if (!it->name) continue;
        const Unit *to = it->nvalues ? strmap_get(&p->units, it->name) : NULL;
        if (!to) {
            read_alias_line(p, &p->aliases, it);
            continue;
        }
        for (int i = 0; i < it->nvalues; i++) {
            const char *alias = value_text(p, it->values[i]);
            if (strcmp(alias, it->name) == 0) continue;
            Unit *u = convertible(p, cv, alias, to, it->values[i]->span);
            if (u) set_conversion(p, u, to, decimal_from_int(1), it->values[i]->span, &cv->order);
        }
    }
}

/* Each converting unit's root, the end of its chain (毫米 → 米), and its size there. A chain
 * that comes back to a unit is E0328, and its units convert to nothing. Linear: each unit is
 * walked once. */
static void conversion_roots(Program *p, PtrVec *order) {
    StrMap state; /* name → 1 while on the walk, 2 done */
    strmap_init(&state, p->arena);
    PtrVec path = {0};
    for (int k = 0; k < order->len; k++) {
        Unit *cur = order->items[k];
        path.len = 0;
        while (cur->to && !strmap_get(&state, cur->name)) {
            strmap_put(&state, cur->name, (void *)1);
            ptrvec_push(p->arena, &path, cur);
            cur = (Unit *)cur->to;
        }
        bool cycle = cur->to && strmap_get(&state, cur->name) == (void *)1;
        if (cycle) diag_at(p->diags, E0328, cur->to_decl, cur->name, NULL);
        const Unit *root = unit_root(cur);
        Decimal f = cur->root ? cur->in_root : decimal_from_int(1);
        bool ok = !cycle;
        for (int i = path.len - 1; i >= 0; i--) {
            Unit *u = path.items[i];
            strmap_put(&state, u->name, (void *)2);
            if (ok && decimal_mul(u->to_factor, f, &f)) {
                u->root = root;
                u->in_root = f;
            } else {
                ok = false; /* too large to hold, or a cycle: no conversion */
            }
        }
    }
}

static const char *const role_keys[ROLE_COUNT] = {"主管部门", "实施单位", "项目负责人", "开始", "完成", "总体目标", "年度目标", "期间"};

/* 角色 { 主管部门 项目主管部门 … }: which of the form's fields plays each role. */
static void form_roles(Program *p, Form *f, Node *block) {
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        int role = -1;
        for (int r = 0; r < ROLE_COUNT; r++)
            if (strcmp(role_keys[r], it->name) == 0) role = r;
        if (role < 0) {
            Diag *d = diag_at(p->diags, E0318, it->name_span, it->name, NULL);
            help_did_you_mean_or_list(p, d, it->name, role_keys, ROLE_COUNT);
            continue;
        }
        const char *w = item_word(p, it, 0);
        if (!w || it->nvalues != 1) {
            bad_form_item(p, it, "字段名");
            continue;
        }
        f->roles[role] = w;
    }
}

static void form_fields(Program *p, Form *f, Node *block) {
    f->fields = arena_alloc(p->arena, sizeof *f->fields * (size_t)(block->nchildren + 1));
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        FieldDef *fd = &f->fields[f->nfields];
        fd->name = it->name;
        fd->decl = it->name_span;
        int typ = -1;
        PtrVec choices = {0};
        for (int i = 0; i < it->nvalues; i++) {
            const char *w = item_word(p, it, i);
            if (strcmp(w, "必填") == 0) { fd->required = true; continue; }
            if (typ < 0) {
                for (int k = 0; k < (int)(sizeof field_types / sizeof field_types[0]); k++)
                    if (strcmp(w, field_types[k]) == 0) typ = k;
                if (typ < 0) {
                    Diag *d = diag_at(p->diags, E0317, it->values[i]->span, it->name, "文本 | 年份 | 日期 | 电话 | 金额 | 数字 | 选项 | 时间 | 月份 | 期间", NULL);
                    help_did_you_mean_or_list(p, d, w, field_types, (int)(sizeof field_types / sizeof field_types[0]));
                    typ = 0;
                }
                continue;
            }
            ptrvec_push(p->arena, &choices, (void *)w);
        }
        fd->type = typ < 0 ? FT_TEXT : (FieldType)typ;
        if (fd->type == FT_CHOICE) {
            fd->choices = (const char **)choices.items;
            fd->nchoices = choices.len;
        }
        for (int k = 0; k < f->nfields; k++)
            if (strcmp(f->fields[k].name, fd->name) == 0) redeclared(p, it->name_span, fd->name, f->fields[k].decl);
        f->nfields++;
    }
}

static SourceDef *source_def(Program *p, Node *it, const SourceDef *parent) {
    SourceDef *s = arena_alloc(p->arena, sizeof *s);
    s->name = it->name;
    s->parent = parent;
    if (it->nchildren) {
        s->children = arena_alloc(p->arena, sizeof *s->children * (size_t)it->nchildren);
        for (Node *c = it->children; c; c = c->next)
            if (c->name) s->children[s->nchildren++] = source_def(p, c, s);
    }
    return s;
}

/* 指标框架 [名称] { 一级 { 二级 [必填] … } … [别名 { … }] }: a form may have several, by name. */
static void form_framework(Program *p, Form *f, Node *block, Framework *fw) {
    fw->name = block->nvalues ? value_text(p, block->values[0]) : NULL;
    fw->decl = block->nvalues ? block->values[0]->span : block->name_span;
    fw->tops = arena_alloc(p->arena, sizeof *fw->tops * (size_t)(block->nchildren + 1));
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        if (strcmp(it->name, "别名") == 0 && it->has_block) {
            if (!fw->aliases) fw->aliases = new_map(p);
            read_aliases(p, fw->aliases, it);
            continue;
        }
        TopCategoryDef *top = &fw->tops[fw->ntops++];
        top->name = it->name;
        for (int i = 0; i < it->nvalues; i++) {
            const char *w = item_word(p, it, i);
            if (strcmp(w, "开放") == 0) top->open = true;
            else if (strcmp(w, "重点工作") == 0) top->key_work = true;
            else bad_form_item(p, it, "开放 | 重点工作");
        }
        top->subs = arena_alloc(p->arena, sizeof *top->subs * (size_t)(it->nchildren + 1));
        for (Node *c = it->children; c; c = c->next) {
            if (!c->name) continue;
            SubCategoryDef *sub = &top->subs[top->nsubs++];
            sub->name = c->name;
            for (int i = 0; i < c->nvalues; i++) {
                if (strcmp(item_word(p, c, i), "必填") == 0) sub->required = true;
                else bad_form_item(p, c, "必填");
            }
        }
    }
}

static const char *const column_kinds[] = {"分值", "性质", "单位", "方向", "文本"};

/* A number of a form item (a score's total or share), or false. */
static bool item_number(Program *p, Node *item, int i, Decimal *out) {
    if (i >= item->nvalues) return false;
    const Value *v = item->values[i];
    if (v->syntax != VX_MEASURE || !v->number_ok || v->cmp || v->mult_exp || (v->unit && strcmp(v->unit, "分") != 0) ||
        decimal_is_negative(v->number))
        return false;
    *out = v->number;
    return true;
}

/* 指标列 { 名称 类别 [总分 [行 分值]]; 指标值 … }: the indicator table's own columns, in print
 * order; a line 指标值 alone says where the value columns print (first, without it). */
static void form_columns(Program *p, Form *f, Node *block) {
    f->columns = arena_alloc(p->arena, sizeof *f->columns * (size_t)(block->nchildren + 1));
    f->values_at = -1;
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        if (strcmp(it->name, "指标值") == 0 && it->nvalues == 0) {
            f->values_at = f->ncolumns;
            continue;
        }
        if (f->ncolumns == MAX_COLUMNS) {
            bad_form_item(p, it, arena_printf(p->arena, "≤%d", MAX_COLUMNS)); /* columns at most */
            break;
        }
        ColumnDef *c = &f->columns[f->ncolumns];
        c->name = it->name;
        c->decl = it->name_span;
        const char *w = item_word(p, it, 0);
        int kind = -1;
        for (int k = 0; w && k < (int)(sizeof column_kinds / sizeof column_kinds[0]); k++)
            if (strcmp(w, column_kinds[k]) == 0) kind = k;
        if (kind < 0) {
            Diag *d = diag_at(p->diags, E0317, it->nvalues ? it->values[0]->span : it->name_span, it->name,
                              "分值 | 性质 | 单位 | 方向 | 文本", NULL);
            if (w) help_did_you_mean_or_list(p, d, w, column_kinds, (int)(sizeof column_kinds / sizeof column_kinds[0]));
            continue;
        }
        c->kind = (ColumnKind)kind;
        if (c->kind == COL_SCORE && it->nvalues > 1) {
            /* 分值 分值 100 预算执行率 10: the total, and the share of a row the table may leave out. */
            c->has_total = item_number(p, it, 1, &c->total);
            if (!c->has_total || (it->nvalues != 2 && it->nvalues != 4)) {
                bad_form_item(p, it, "分值 [总分 [行名 分值]]");
                c->has_total = false;
            } else if (it->nvalues == 4) {
                c->reserved = item_word(p, it, 2);
                if (!item_number(p, it, 3, &c->share) || decimal_cmp(c->share, c->total) > 0) {
                    bad_form_item(p, it, "分值 [总分 [行名 分值]]");
                    c->reserved = NULL;
                }
            }
        } else if (it->nvalues != 1) {
            bad_form_item(p, it, column_kinds[kind]);
        }
        bool twice = false;
        for (int k = 0; k < f->ncolumns && !twice; k++)
            if (strcmp(f->columns[k].name, c->name) == 0) {
                redeclared(p, it->name_span, c->name, f->columns[k].decl);
                twice = true;
            }
        if (!twice) f->ncolumns++;
    }
    if (f->values_at < 0) f->values_at = 0;
}

static void form_decl(Program *p, Node *n) {
    Form *f = arena_alloc(p->arena, sizeof *f);
    f->name = n->name;
    f->decl = n->name_span;
    f->total_label = "资金总额";
    f->money_unit = "万元";
    f->object = FORM_PROJECT;
    Node *layout = NULL;
    for (Node *it = n->children; it; it = it->next) {
        if (!it->name) {
            diag_at(p->diags, E0317, it->span, "?", "名称", NULL);
            continue;
        }
        const char *k = it->name;
        const char *w = item_word(p, it, 0);
        /* A key written twice is reported, and the second is not read: the first stands (a
         * second 字段, 资金来源 or 指标框架 block was read into the arrays sized by the first, and
         * wrote past their end). Frameworks of different names are different keys. */
        bool twice = false;
        bool framework = strcmp(k, "指标框架") == 0;
        for (Node *prev = n->children; prev != it && !twice; prev = prev->next) {
            if (prev->name && strcmp(prev->name, k) == 0 &&
                (!framework || strcmp(prev->nvalues ? value_text(p, prev->values[0]) : "", w ? w : "") == 0)) {
                Diag *d = diag_at(p->diags, E0304, it->name_span, k, NULL);
                diag_note(p->diags, d, E0304_note, prev->name_span, NULL);
                twice = true;
            }
        }
        if (twice) continue;
        if (strcmp(k, "标题") == 0 && w) f->title = w;
        else if (strcmp(k, "对象") == 0 && w) {
            if (strcmp(w, "项目") == 0) f->object = FORM_PROJECT;
            else if (strcmp(w, "部门") == 0) f->object = FORM_DEPARTMENT;
            else bad_form_item(p, it, "项目 | 部门");
        } else if (strcmp(k, "金额单位") == 0 && w) f->money_unit = w;
        else if (strcmp(k, "半年") == 0) yes_no(p, it, &f->has_half);
        else if (strcmp(k, "总额") == 0 && w) f->total_label = w;
        else if (strcmp(k, "开始") == 0 && w) f->start_field = w;
        else if (strcmp(k, "完成") == 0 && w) f->end_field = w;
        else if (strcmp(k, "目标") == 0) f->goal_fields = item_words(p, it, &f->ngoals);
        else if (strcmp(k, "参照") == 0) f->refs = item_words(p, it, &f->nrefs);
        else if (strcmp(k, "共性指标") == 0 && w) f->common_group = w;
        else if (strcmp(k, "字段") == 0 && it->has_block) form_fields(p, f, it);
        else if (strcmp(k, "资金来源") == 0 && it->has_block) {
            f->sources = arena_alloc(p->arena, sizeof *f->sources * (size_t)(it->nchildren + 1));
            for (Node *c = it->children; c; c = c->next)
                if (c->name) f->sources[f->nsources++] = source_def(p, c, NULL);
        } else if (framework && it->has_block) {
            Framework *fws = arena_alloc(p->arena, sizeof *fws * (size_t)(f->nframeworks + 1));
            if (f->nframeworks) memcpy(fws, f->frameworks, sizeof *fws * (size_t)f->nframeworks);
            f->frameworks = fws;
            form_framework(p, f, it, &f->frameworks[f->nframeworks++]);
        } else if (strcmp(k, "别名") == 0 && it->has_block) {
            if (!f->aliases) f->aliases = new_map(p);
            read_aliases(p, f->aliases, it);
        } else if (strcmp(k, "角色") == 0 && it->has_block) form_roles(p, f, it);
        else if (strcmp(k, "其他字段") == 0) yes_no(p, it, &f->other_fields);
        else if (strcmp(k, "其他来源") == 0) yes_no(p, it, &f->other_sources);
        else if (strcmp(k, "二级指标值") == 0) yes_no(p, it, &f->sub_values);
        else if (strcmp(k, "版式") == 0 && it->has_block) layout = it;
        else if (strcmp(k, "指标列") == 0 && it->has_block) form_columns(p, f, it);
        else if (strcmp(k, "中期") == 0 && w && it->nvalues == 1) f->mid_name = w;
        else {
            Diag *d = diag_at(p->diags, E0318, it->name_span, k, NULL);
            help_did_you_mean_or_list(p, d, k, form_keys, (int)(sizeof form_keys / sizeof form_keys[0]));
        }
    }
    if (f->nframeworks) {
        f->tops = f->frameworks[0].tops;
        f->ntops = f->frameworks[0].ntops;
        f->category_names = arena_alloc(p->arena, sizeof *f->category_names);
        strmap_init_unordered(f->category_names, p->arena);
        for (int k = 0; k < f->nframeworks; k++)
            for (int i = 0; i < f->frameworks[k].ntops; i++) {
                const TopCategoryDef *td = &f->frameworks[k].tops[i];
                strmap_put(f->category_names, td->name, (void *)td->name);
                for (int s = 0; s < td->nsubs; s++) strmap_put(f->category_names, td->subs[s].name, (void *)td->subs[s].name);
            }
    }
    /* The roles the older items name (开始, 完成, 目标), unless 角色 names them. */
    if (!f->roles[ROLE_START]) f->roles[ROLE_START] = f->start_field;
    if (!f->roles[ROLE_END]) f->roles[ROLE_END] = f->end_field;
    if (!f->roles[ROLE_GOAL_LONG] && f->ngoals > 0) f->roles[ROLE_GOAL_LONG] = f->goal_fields[0];
    if (!f->roles[ROLE_GOAL_YEAR] && f->ngoals > 1) f->roles[ROLE_GOAL_YEAR] = f->goal_fields[1];
    if (!f->start_field) f->start_field = f->roles[ROLE_START];
    if (!f->end_field) f->end_field = f->roles[ROLE_END];
    if (layout) check_form_layout(p, f, layout); /* after the fields and sources it refers to */
    Form *old = strmap_get(&p->forms, f->name);
    if (old) {
        redeclared(p, n->name_span, f->name, old->decl);
        return;
    }
    strmap_put(&p->forms, f->name, f);
}

static void group_decl(Program *p, Node *n) {
    Group *old = strmap_get(&p->groups, n->name);
    if (old) {
        redeclared(p, n->name_span, n->name, old->node->name_span);
        return;
    }
    Group *g = arena_alloc(p->arena, sizeof *g);
    g->name = n->name;
    g->node = n;
    strmap_put(&p->groups, n->name, g);
}

void check_declarations(Program *p) {
    /* Built in: the percent signs, which cannot be words. */
    Span none = {0, 0, 0};
    strmap_put(&p->units, "%", new_unit(p, "%", "比率", none, true));
    strmap_put(&p->units, "％", new_unit(p, "％", "比率", none, true));
    strmap_put(&p->units, "‰", new_unit(p, "‰", "比率", none, true));
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        for (Node *n = pf->decls; n; n = n->next) {
            switch (n->kind) {
            case N_UNITDECL: unit_decl(p, n); break;
            case N_LEVELDECL: level_decl(p, n); break;
            case N_FORM: form_decl(p, n); break;
            case N_GROUP: group_decl(p, n); break;
            default: break;
            }
        }
    }
    /* What needs every unit declared first: conversions (a unit they declare may be the
     * unit of another), then synonyms, then the class 含糊. */
    Conversions cv = {0};
    strmap_init(&cv.waiting, p->arena);
    strmap_init(&cv.done, p->arena);
    PtrVec convs = {0};
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        for (Node *n = pf->decls; n; n = n->next)
            if (n->kind == N_UNITDECL && conversion(n)) {
                ptrvec_push(p->arena, &convs, n);
                conversion_decl(p, &cv, n, false);
                wake(p, &cv);
            }
    }
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        for (Node *n = pf->decls; n; n = n->next)
            if (n->kind == N_ALIASDECL) alias_decl(p, &cv, n);
    }
    wake(p, &cv);
    for (int i = 0; i < convs.len; i++) conversion_decl(p, &cv, convs.items[i], true); /* still unknown: E0307 */
    conversion_roots(p, &cv.order);
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        for (Node *n = pf->decls; n; n = n->next)
            if (n->kind == N_UNITDECL && ambiguous_units(n)) mark_ambiguous(p, n);
    }
}
