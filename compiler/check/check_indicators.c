/* The indicator tree of a table: categories merged by name, groups spliced in (引用) with a
 * later leaf replacing a group's leaf in place, the form's framework (names, depth, order),
 * and the checks on each indicator's values. */
#include <stdio.h>
#include <string.h>
#include "check/check.h"

/* How deep 引用 of groups nest (E0907); a group met again inside itself is a cycle (E0319). */
enum { MAX_GROUP_DEPTH = 16 };

typedef struct Cat {
    const char *name;
    Span span;               /* where it is first written (or the 引用 that brought it) */
    int depth;               /* 1 一级, 2 二级, 3 重点工作 */
    struct Cat **cats;
    int ncats, capcats;
    StrMap *by_name;         /* the cats by name, once there are many (a linear search would
                              * make a table of thousands of categories quadratic) */
    Indicator **leaves;
    int nleaves, capleaves;
} Cat;

typedef struct Builder {
    Program *p;
    Table *t;
    Cat root;
    StrMap leaves;           /* "一级\x1f二级\x1f三级" → Indicator */
    const Group *stack[MAX_GROUP_DEPTH]; /* the groups being spliced, for cycles */
    int nstack;
    int spliced;             /* rows and groups brought in by 引用 so far */
    bool splice_limit_hit;
} Builder;

/* Groups may 引用 groups, so a few lines can ask for exponentially many rows (16 levels of
 * two references each: 65,536 per 引用). A real table splices a dozen. */
enum { MAX_SPLICED_ROWS = 10000 };

enum { CAT_INDEX_AT = 16 };

static Cat *child_cat(Builder *b, Cat *parent, const char *name, Span span) {
    if (parent->by_name) {
        Cat *c = strmap_get(parent->by_name, name);
        if (c) return c;
    } else {
        for (int i = 0; i < parent->ncats; i++)
            if (strcmp(parent->cats[i]->name, name) == 0) return parent->cats[i];
    }
    if (parent->ncats == parent->capcats) {
        parent->capcats = parent->capcats ? parent->capcats * 2 : 4;
        Cat **nc = arena_alloc(b->p->arena, sizeof *nc * (size_t)parent->capcats);
        if (parent->ncats) memcpy(nc, parent->cats, sizeof *nc * (size_t)parent->ncats);
        parent->cats = nc;
    }
    Cat *c = arena_alloc(b->p->arena, sizeof *c);
    c->name = name;
    c->span = span;
    c->depth = parent->depth + 1;
    parent->cats[parent->ncats++] = c;
    if (parent->by_name) {
        strmap_put(parent->by_name, name, c);
    } else if (parent->ncats == CAT_INDEX_AT) {
        parent->by_name = arena_alloc(b->p->arena, sizeof *parent->by_name);
        strmap_init_unordered(parent->by_name, b->p->arena);
        for (int i = 0; i < parent->ncats; i++) strmap_put(parent->by_name, parent->cats[i]->name, parent->cats[i]);
    }
    return c;
}

static void push_leaf(Builder *b, Cat *c, Indicator *ind) {
    if (c->nleaves == c->capleaves) {
        c->capleaves = c->capleaves ? c->capleaves * 2 : 8;
        Indicator **nl = arena_alloc(b->p->arena, sizeof *nl * (size_t)c->capleaves);
        if (c->nleaves) memcpy(nl, c->leaves, sizeof *nl * (size_t)c->nleaves);
        c->leaves = nl;
    }
    c->leaves[c->nleaves++] = ind;
}

static Value *copy_value(Arena *a, const Value *v) {
    if (!v) return NULL;
    Value *c = arena_alloc(a, sizeof *c);
    *c = *v;
    if (v->lo) c->lo = copy_value(a, v->lo);
    if (v->hi) c->hi = copy_value(a, v->hi);
    return c;
}

static void add_leaf_named(Builder *b, Cat *parent, const char **path, int depth, Node *leaf, Node *via, const Group *g);

static void add_leaf(Builder *b, Cat *parent, const char **path, int depth, Node *leaf, Node *via, const Group *g) {
    check_name_not_blank(b->p, leaf->name, leaf->name_span);
    add_leaf_named(b, parent, path, depth, leaf, via, g);
}

static void add_leaf_named(Builder *b, Cat *parent, const char **path, int depth, Node *leaf, Node *via, const Group *g) {
    Program *p = b->p;
    /* The key of the path: its names joined by \x1f, built in one allocation (this runs once
     * for every indicator of every table). */
    size_t lens[8], total = 0;
    for (int i = 0; i < depth; i++) total += (lens[i] = strlen(path[i])) + 1;
    char *key = arena_alloc(p->arena, total ? total : 1), *k = key;
    for (int i = 0; i < depth; i++) {
        if (i) *k++ = '\x1f';
        memcpy(k, path[i], lens[i]);
        k += lens[i];
    }
    *k = 0;
    bool found;
    void **slot = strmap_slot(&b->leaves, key, &found); /* one hash for the lookup and the insertion */
    Indicator *old = found ? *slot : NULL;
    Value *half = via ? copy_value(p->arena, leaf->half) : leaf->half;
    Value *full = via ? copy_value(p->arena, leaf->full) : leaf->full;
    if (old) {
        if (old->via_ref && !old->overridden && !via) {
            /* The table's own row replaces the group's, in the group's place. */
            old->half = half;
            old->full = full;
            old->note = leaf->note;
            old->node = leaf;
            old->via_ref = NULL;
            old->group = NULL;
            old->overridden = true;
            return;
        }
        Diag *d = diag_at(p->diags, E0310, via ? via->span : leaf->name_span, leaf->name, NULL);
        diag_note(p->diags, d, E0310_note, old->via_ref ? old->via_ref->span : old->node->name_span, NULL);
        return;
    }
    Indicator *ind = arena_alloc(p->arena, sizeof *ind);
    for (int i = 0; i < depth && i < 4; i++) ind->path[i] = path[i];
    ind->depth = depth;
    ind->half = half;
    ind->full = full;
    ind->note = leaf->note;
    ind->node = leaf;
    ind->via_ref = via;
    ind->group = g ? g->name : NULL;
    *slot = ind;
    push_leaf(b, parent, ind);
}

static void walk(Builder *b, Node *first, Cat *parent, const char **path, int depth, Node *via, const Group *g) {
    Program *p = b->p;
    for (Node *n = first; n; n = n->next) {
        if (n->kind == N_CATEGORY) {
            if (depth >= 4) {
                b->t->category_errors = true;
                ptrvec_push(p->arena, &b->t->error_tops, (void *)path[0]);
                diag_at(p->diags, E0311, n->name_span, n->name, "5", NULL);
                continue;
            }
            const char *name = category_name(p, b->t->form, n->name, n->name_span, true);
            Cat *c = child_cat(b, parent, name, via ? via->span : n->name_span);
            path[depth] = name;
            walk(b, n->children, c, path, depth + 1, via, g);
        } else if (n->kind == N_LEAF) {
            path[depth] = n->name;
            if (depth == 1 && b->t->form && b->t->form->sub_values) {
                /* 质量指标 "…": a table that prints no 三级, the 二级 holding the target itself (on a
                 * form that allows it): an indicator whose 三级 is empty. */
                const char *name = category_name(p, b->t->form, n->name, n->name_span, true);
                Cat *c = child_cat(b, parent, name, via ? via->span : n->name_span);
                path[1] = name;
                path[2] = "";
                add_leaf_named(b, c, path, 3, n, via, g);
                continue;
            }
            if (depth < 2) {
                char d[16];
                snprintf(d, sizeof d, "%d", depth + 1);
                b->t->category_errors = true;
                if (depth == 1) ptrvec_push(p->arena, &b->t->error_tops, (void *)path[0]);
                Diag *dg = diag_at(p->diags, E0311, via ? via->span : n->name_span, n->name, d, NULL);
                diag_help(p->diags, dg, E0311_help, NULL);
                continue;
            }
            if (via && ++b->spliced > MAX_SPLICED_ROWS) continue;
            add_leaf(b, parent, path, depth + 1, n, via, g);
        } else if (n->kind == N_REF) {
            const Group *grp = strmap_get(&p->groups, n->name);
            if (!grp) {
                Diag *d = diag_at(p->diags, E0308, n->name_span, n->name, NULL);
                PtrVec names = {0};
                for (size_t i = 0; i < p->groups.cap; i++)
                    if (p->groups.slots[i].key) ptrvec_push(p->arena, &names, (void *)p->groups.slots[i].key);
                help_did_you_mean(p, d, n->name, (const char *const *)names.items, names.len);
                continue;
            }
            if (++b->spliced > MAX_SPLICED_ROWS) {
                if (!b->splice_limit_hit) {
                    char lim[16];
                    snprintf(lim, sizeof lim, "%d", MAX_SPLICED_ROWS);
                    diag_at(p->diags, E0906, via ? via->span : n->name_span, b->t->name, lim, NULL);
                }
                b->splice_limit_hit = true;
                continue;
            }
            bool cycle = false;
            for (int i = 0; i < b->nstack; i++) cycle |= b->stack[i] == grp;
            if (cycle) {
                diag_at(p->diags, E0319, n->name_span, n->name, NULL);
                continue;
            }
            if (b->nstack >= MAX_GROUP_DEPTH) {
                /* A long chain of groups, each referring to the next: the limit, not a cycle. */
                char depth[16], max[16];
                snprintf(depth, sizeof depth, "%d", b->nstack + 1);
                snprintf(max, sizeof max, "%d", MAX_GROUP_DEPTH);
                diag_at(p->diags, E0907, n->name_span, n->name, depth, max, NULL);
                continue;
            }
            b->stack[b->nstack++] = grp;
            walk(b, grp->node->children, parent, path, depth, via ? via : n, via ? g : grp);
            b->nstack--;
        }
    }
}

/* ---- the framework: names, depth and order ------------------------------------------------------ */

static int find_sub(const TopCategoryDef *top, const char *name) {
    for (int i = 0; top && i < top->nsubs; i++)
        if (strcmp(top->subs[i].name, name) == 0) return i;
    return -1;
}

/* The form's framework that the table's categories fit best: a point for each 一级 it knows,
 * one more for each 二级 it knows under it; the first of equals. */
static const Framework *choose_framework(const Form *f, const Cat *root) {
    if (!f || f->nframeworks == 0) return NULL;
    int best = 0, best_score = -1;
    for (int k = 0; k < f->nframeworks; k++) {
        const Framework *fw = &f->frameworks[k];
        int score = 0, idx;
        for (int i = 0; i < root->ncats; i++) {
            const TopCategoryDef *td = framework_top(fw, root->cats[i]->name, &idx);
            if (!td) continue;
            score += 2;
            for (int s = 0; s < root->cats[i]->ncats; s++) score += td->open || find_sub(td, root->cats[i]->cats[s]->name) >= 0;
        }
        if (score > best_score) {
            best_score = score;
            best = k;
        }
    }
    return &f->frameworks[best];
}

/* Another of the form's frameworks that has the category (a 一级, or a 二级 of `top`), or NULL. */
static const Framework *other_framework(const Form *f, const Framework *chosen, const char *top, const char *sub) {
    for (int k = 0; f && k < f->nframeworks; k++) {
        const Framework *fw = &f->frameworks[k];
        if (fw == chosen) continue;
        int idx;
        const TopCategoryDef *td = framework_top(fw, top, &idx);
        if (td && (!sub || td->open || find_sub(td, sub) >= 0)) return fw;
    }
    return NULL;
}

typedef struct Ordered { Cat *cat; int key; int seq; } Ordered;

static void sort_ordered(Ordered *o, int n) {
    for (int i = 1; i < n; i++) {
        Ordered x = o[i];
        int j = i - 1;
        while (j >= 0 && (o[j].key > x.key || (o[j].key == x.key && o[j].seq > x.seq))) {
            o[j + 1] = o[j];
            j--;
        }
        o[j + 1] = x;
    }
}

static void emit_leaves(Builder *b, Cat *c, PtrVec *out) {
    for (int i = 0; i < c->nleaves; i++) ptrvec_push(b->p->arena, out, c->leaves[i]);
}

/* Says once that the table mixes frameworks, naming the first category of the other. */
static void mixed(Builder *b, const Framework *other, const char *category, Span where) {
    Table *t = b->t;
    if (t->mixed_frameworks) return;
    t->mixed_frameworks = true;
    const char *chosen = t->framework && t->framework->name ? t->framework->name : t->form->name;
    diag_at(b->p->diags, N0708, where, t->name, chosen, other->name ? other->name : t->form->name, category, NULL);
}

static void layout(Builder *b, PtrVec *out) {
    Program *p = b->p;
    const Form *f = b->t->form;
    const Framework *fw = b->t->framework;
    Cat *root = &b->root;
    Ordered *tops = arena_alloc(p->arena, sizeof *tops * (size_t)(root->ncats + 1));
    for (int i = 0; i < root->ncats; i++) {
        int idx;
        const TopCategoryDef *td = framework_top(fw, root->cats[i]->name, &idx);
        if (f && !td) {
            const Framework *other = other_framework(f, fw, root->cats[i]->name, NULL);
            if (other) {
                mixed(b, other, root->cats[i]->name, root->cats[i]->span);
            } else {
                b->t->category_errors = b->t->top_errors = true;
                Diag *d = diag_at(p->diags, E0305, root->cats[i]->span, root->cats[i]->name, f->name, NULL);
                PtrVec names = {0};
                for (int k = 0; fw && k < fw->ntops; k++) ptrvec_push(p->arena, &names, (void *)fw->tops[k].name);
                int own = names.len;
                add_aliases(p, f, &names, p->arena);
                help_closest_or_list(p, d, root->cats[i]->name, (const char *const *)names.items, names.len, own);
            }
        }
        tops[i] = (Ordered){root->cats[i], idx, i};
    }
    sort_ordered(tops, root->ncats);
    for (int i = 0; i < root->ncats; i++) {
        Cat *top = tops[i].cat;
        int idx;
        const TopCategoryDef *td = framework_top(fw, top->name, &idx);
        if (!td) {
            /* A 一级 of another framework of the form: read by that framework. */
            const Framework *other = other_framework(f, fw, top->name, NULL);
            td = other ? framework_top(other, top->name, &idx) : NULL;
        }
        bool key_work = td && td->key_work;
        Ordered *subs = arena_alloc(p->arena, sizeof *subs * (size_t)(top->ncats + 1));
        for (int k = 0; k < top->ncats; k++) {
            int si = find_sub(td, top->cats[k]->name);
            if (td && !td->open && si < 0) {
                const Framework *other = other_framework(f, fw, top->name, top->cats[k]->name);
                if (other) {
                    mixed(b, other, top->cats[k]->name, top->cats[k]->span);
                } else {
                    b->t->category_errors = true;
                    ptrvec_push(p->arena, &b->t->error_tops, (void *)top->name);
                    Diag *d = diag_at(p->diags, E0306, top->cats[k]->span, top->cats[k]->name, top->name, f->name, NULL);
                    PtrVec names = {0};
                    for (int m = 0; m < td->nsubs; m++) ptrvec_push(p->arena, &names, (void *)td->subs[m].name);
                    int own = names.len;
                    add_aliases(p, f, &names, p->arena);
                    help_closest_or_list(p, d, top->cats[k]->name, (const char *const *)names.items, names.len, own);
                }
            }
            subs[k] = (Ordered){top->cats[k], si < 0 ? 1 << 20 : si, k};
        }
        sort_ordered(subs, top->ncats);
        for (int k = 0; k < top->ncats; k++) {
            Cat *sub = subs[k].cat;
            if (key_work) {
                for (int m = 0; m < sub->nleaves; m++) {
                    Indicator *ind = sub->leaves[m];
                    b->t->category_errors = true;
                    ptrvec_push(p->arena, &b->t->error_tops, (void *)top->name);
                    diag_at(p->diags, E0311, ind->via_ref ? ind->via_ref->span : ind->node->name_span, ind->node->name, "3", NULL);
                }
                for (int m = 0; m < sub->ncats; m++) emit_leaves(b, sub->cats[m], out);
            } else {
                for (int m = 0; m < sub->ncats; m++) {
                    Cat *extra = sub->cats[m];
                    b->t->category_errors = true;
                    ptrvec_push(p->arena, &b->t->error_tops, (void *)top->name);
                    diag_at(p->diags, E0311, extra->span, extra->name, "4", NULL);
                }
                emit_leaves(b, sub, out);
            }
        }
    }
}

void check_indicators(Program *p, Table *t, Node *block) {
    Builder b = {.p = p, .t = t};
    strmap_init_unordered(&b.leaves, p->arena);
    t->indicators_node = block;
    const char *path[8] = {0};
    walk(&b, block->children, &b.root, path, 0, NULL, NULL);
    t->framework = choose_framework(t->form, &b.root);
    PtrVec out = {0};
    layout(&b, &out);
    t->indicators = (Indicator **)out.items;
    t->nindicators = out.len;
    for (int i = 0; i < t->nindicators; i++) check_indicator(p, t, t->indicators[i]);
}
