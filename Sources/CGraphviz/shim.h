// Swift-facing view of libgvc/libcgraph. Only GraphvizRendering imports it.
#ifndef PARLEY_CGRAPHVIZ_SHIM_H
#define PARLEY_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Keeps every cgraph diagnostic off stderr: messages below AGMAX are not reported
// immediately but appended to cgraph's private temporary file, where `aglasterr()`
// reads the latest one back. An `agseterrf` hook is deliberately not used: in 2.42 its
// formatter reuses a consumed va_list for messages over 1024 bytes, which prints
// "(null)" or crashes (e.g. on a long malformed HTML label). Process-wide setting:
// call while holding the lock that serialises every Graphviz call.
static inline void parley_gv_silence_errors(void) {
    agseterr(AGMAX);
}

// Whether an error (not just a warning) was reported since the last `agreseterrors()`.
// Needed because `aglasterr()` returns the last message ever, however old.
static inline int parley_gv_error_reported(void) {
    return agerrors() >= AGERR;
}

// The node of that name, or NULL; cgraph 2.42 takes a non-const name but does not change it.
static inline Agnode_t *parley_gv_find_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 0);
}

// The node (`edge` 0) or edge (`edge` 1) attribute `name`, declared (default "") if the graph
// lacks it: what agsafeset and the DOT parser do with an attribute before setting it.
static inline Agsym_t *parley_gv_symbol(Agraph_t *g, int edge, const char *name) {
    int kind = edge ? AGEDGE : AGNODE;
    Agsym_t *sym = agattr(g, kind, (char *)name, NULL);
    return sym ? sym : agattr(g, kind, (char *)name, "");
}

// Sets an attribute of `symbol`'s kind on a node or edge; cgraph copies the string.
static inline int parley_gv_set(void *object, Agsym_t *symbol, const char *value) {
    return agxset(object, symbol, (char *)value);
}

// An object's creation sequence number (AGSEQ is a macro): edges in DOT statement order.
static inline unsigned long parley_gv_seq(void *object) {
    return (unsigned long)AGSEQ(object);
}

#include <stdlib.h>
#include <string.h>

// --- Deterministic parsing -------------------------------------------------------------
//
// cgraph's default ID discipline (what `agmemread` uses) makes a named object's ID the
// address of its interned name, and keeps subgraphs in ID order: the order in which
// `agfstsubg`/`agnxtsubg` give clusters to the layout engines then follows malloc, which
// differs from one process to the next and from one render to the next. dot, fdp and
// neato lay clusters out in that order, so their output changed between runs.
//
// This discipline numbers objects in the order they are first named (the DOT text's
// order), from a counter that belongs to the graph, so every parse numbers alike. It
// keeps the names itself: leaving them to cgraph's internal map does not work in 2.42,
// whose `agclose` of any subgraph (neato and twopi close the components they make)
// empties the whole graph's internal map. IDs are odd, from 3, as cgraph's anonymous IDs
// are; an anonymous root graph is "%3", as the `dot` command line names it.

typedef struct {
    char *name;          // owned; NULL: free slot
    int type;            // AGRAPH, AGNODE or AGEDGE
    IDTYPE id;
} parley_gv_id_entry;

typedef struct {
    parley_gv_id_entry *slots;  // open addressing, a power of two in size
    size_t capacity, used;
    char **names;               // by (id - 3) / 2; NULL for anonymous objects
    size_t count, limit;
} parley_gv_ids;

static size_t parley_gv_id_hash(int type, const char *name) {
    size_t h = (size_t)1469598103934665603ULL ^ (size_t)type;  // FNV-1a
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) h = (h ^ *c) * (size_t)1099511628211ULL;
    return h;
}

static parley_gv_id_entry *parley_gv_id_slot(parley_gv_ids *s, int type, const char *name) {
    size_t mask = s->capacity - 1, k = parley_gv_id_hash(type, name) & mask;
    while (s->slots[k].name && (s->slots[k].type != type || strcmp(s->slots[k].name, name) != 0)) k = (k + 1) & mask;
    return &s->slots[k];
}

static int parley_gv_id_grow(parley_gv_ids *s) {
    size_t capacity = s->capacity ? s->capacity * 2 : 256;
    parley_gv_id_entry *old = s->slots, *slots = (parley_gv_id_entry *)calloc(capacity, sizeof *slots);
    if (!slots) return 0;
    size_t oldCapacity = s->capacity;
    s->slots = slots;
    s->capacity = capacity;
    for (size_t k = 0; k < oldCapacity; k++)
        if (old[k].name) *parley_gv_id_slot(s, old[k].type, old[k].name) = old[k];
    free(old);
    return 1;
}

// The next ID, recording `name` (owned from now on, or NULL) as its name.
static int parley_gv_id_next(parley_gv_ids *s, char *name, IDTYPE *id) {
    if (s->count == s->limit) {
        size_t limit = s->limit ? s->limit * 2 : 256;
        char **names = (char **)realloc(s->names, limit * sizeof *names);
        if (!names) return 0;
        s->names = names;
        s->limit = limit;
    }
    s->names[s->count] = name;
    *id = 3 + 2 * (IDTYPE)s->count++;
    return 1;
}

static void *parley_gv_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    return calloc(1, sizeof(parley_gv_ids));
}

static long parley_gv_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    parley_gv_ids *s = (parley_gv_ids *)state;
    if (!s) return 0;
    if (!str) return parley_gv_id_next(s, NULL, id);
    int type = objtype == AGINEDGE || objtype == AGOUTEDGE ? AGEDGE : objtype;
    if (s->capacity) {
        parley_gv_id_entry *e = parley_gv_id_slot(s, type, str);
        if (e->name) { *id = e->id; return 1; }
    }
    if (!createflag) return 0;
    if ((s->used + 1) * 2 > s->capacity && !parley_gv_id_grow(s)) return 0;
    char *name = strdup(str);
    if (!name) return 0;
    if (!parley_gv_id_next(s, name, id)) { free(name); return 0; }
    parley_gv_id_entry *e = parley_gv_id_slot(s, type, name);
    e->name = name;
    e->type = type;
    e->id = *id;
    s->used++;
    return 1;
}

static long parley_gv_id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 0;  // no object is made with an ID of the caller's choosing
}

// A deleted object's name keeps its ID, as an interned name keeps its address.
static void parley_gv_id_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}

static char *parley_gv_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    parley_gv_ids *s = (parley_gv_ids *)state;
    if (!s || id < 3 || id % 2 == 0 || (id - 3) / 2 >= s->count) return NULL;
    return s->names[(id - 3) / 2];  // NULL for anonymous objects: cgraph prints %<id>
}

static void parley_gv_id_close(void *state) {
    parley_gv_ids *s = (parley_gv_ids *)state;
    if (!s) return;
    for (size_t k = 0; k < s->count; k++) free(s->names[k]);
    free(s->names);
    free(s->slots);
    free(s);
}

static void parley_gv_id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

// The DOT text being read: what `agmemread` keeps in its private reader.
typedef struct {
    const char *text;
    size_t length;
    size_t position;
} parley_gv_reader;

// Hands the lexer one line at a time, as `agmemread` does (the lexer keeps what it read
// past a graph's end for the next parse, so reading ahead would change later parses).
static int parley_gv_read_line(void *channel, char *buffer, int size) {
    parley_gv_reader *r = (parley_gv_reader *)channel;
    if (size <= 0 || r->position >= r->length) return 0;
    size_t available = r->length - r->position;
    size_t limit = available < (size_t)size ? available : (size_t)size;
    const char *start = r->text + r->position;
    const char *newline = (const char *)memchr(start, '\n', limit);
    size_t count = newline ? (size_t)(newline - start) + 1 : limit;
    memcpy(buffer, start, count);
    r->position += count;
    return (int)count;
}

// The discipline both the reader and the builder give cgraph: memory as agmemread's,
// IDs in creation order, lines from a `parley_gv_reader`.
static inline Agdisc_t parley_gv_disc(void) {
    static Agiddisc_t ids = {
        parley_gv_id_open, parley_gv_id_map, parley_gv_id_alloc, parley_gv_id_free,
        parley_gv_id_print, parley_gv_id_close, parley_gv_id_register,
    };
    static Agiodisc_t io;
    io.afread = parley_gv_read_line;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    Agdisc_t disc = { &AgMemDisc, &ids, &io };
    return disc;
}

// Parses DOT text like `agmemread`, with IDs in creation order (see above). NULL on a
// syntax error or an empty text. Call under the Graphviz lock.
static inline Agraph_t *parley_gv_read(const char *text, size_t length) {
    Agdisc_t disc = parley_gv_disc();
    parley_gv_reader reader = { text, length, 0 };
    Agraph_t *graph = agread(&reader, &disc);
    agsetfile(NULL);  // as agmemread does: the next parse counts lines from 1 again
    return graph;
}

// --- Graphs built without DOT text ------------------------------------------------------
//
// `parley_gv_build` makes a graph from a statement list (written by the Swift
// `GraphvizGraph`) with the calls cgraph's DOT parser (grammar.y in 2.42) makes for the
// same statements, in the same order, and the same ID discipline as `parley_gv_read`: the
// graph is the one the DOT text would give, without writing or lexing the text.
//
// The list is bytes; every string ends with a NUL:
//   'A' kind attrs            attribute statement; kind 'g', 'n' or 'e' (graph/node/edge [...])
//   'N' name attrs            node statement
//   'E' tail head attrs       edge statement (tail -> head)
//   'S' name                  subgraph name { ...
//   '}'                       ... } (closes the innermost open subgraph)
//   attrs: any number of 'a' name value (a quoted or plain value, as the parser keeps it)
//          or 'h' name value (an HTML-like value, without its outer < >)

// cgraph's parser calls this when a graph ends (not in the public headers of 2.42): names
// that start with '%' are forgotten, so such objects print as their IDs, as parsed ones do.
extern void aginternalmapclearlocalnames(Agraph_t *g);

typedef struct {
    const char *name;
    char *value;       // an HTML value: the graph's reference to it, freed after the statement
    int html;
    Agsym_t *sym;      // bound attribute; NULL for an edge's "key"
} parley_gv_attr;

// Reads the attributes at `*p` (up to `end`) into `*attrs`, grown as needed; their count,
// or -1 when memory runs out.
static int parley_gv_attrs(Agraph_t *root, const char **p, const char *end, parley_gv_attr **attrs, int *capacity) {
    int count = 0;
    while (*p < end && (**p == 'a' || **p == 'h')) {
        if (count == *capacity) {
            int more = *capacity ? *capacity * 2 : 16;
            parley_gv_attr *grown = (parley_gv_attr *)realloc(*attrs, (size_t)more * sizeof **attrs);
            if (!grown) return -1;
            *attrs = grown;
            *capacity = more;
        }
        parley_gv_attr *a = &(*attrs)[count++];
        a->html = **p == 'h';
        a->name = *p + 1;
        const char *value = a->name + strlen(a->name) + 1;
        a->value = a->html ? agstrdup_html(root, (char *)value) : (char *)value;
        a->sym = NULL;
        *p = value + strlen(value) + 1;
    }
    return count;
}

static void parley_gv_release(Agraph_t *root, parley_gv_attr *attrs, int count) {
    for (int k = 0; k < count; k++)
        if (attrs[k].html) agstrfree(root, attrs[k].value);
}

// Attributes bound so far, by graph, kind and name: what agattr(g, kind, name, NULL) gives
// until the next attribute statement, the only kind of statement that can change it (a
// node or edge statement only declares names that no graph has yet).
#define PARLEY_GV_BOUND 32
typedef struct {
    struct { Agraph_t *g; int kind; const char *name; Agsym_t *sym; } entries[PARLEY_GV_BOUND];
    int count;
} parley_gv_bindings;

// grammar.y's bindattrs: each attribute declared (default "") where the graph lacks it;
// an edge's "key" is left unbound. `known` (NULL: none) spares repeated lookups.
static void parley_gv_bind(parley_gv_bindings *known, Agraph_t *g, int kind, parley_gv_attr *attrs, int count) {
    for (int k = 0; k < count; k++) {
        const char *name = attrs[k].name;
        if (kind == AGEDGE && strcmp(name, "key") == 0) continue;
        Agsym_t *sym = NULL;
        for (int i = 0; known && i < known->count && !sym; i++)
            if (known->entries[i].g == g && known->entries[i].kind == kind && strcmp(known->entries[i].name, name) == 0)
                sym = known->entries[i].sym;
        if (!sym) {
            sym = agattr(g, kind, (char *)name, NULL);
            if (!sym) sym = agattr(g, kind, (char *)name, "");
            if (sym && known && known->count < PARLEY_GV_BOUND) {
                known->entries[known->count].g = g;
                known->entries[known->count].kind = kind;
                known->entries[known->count].name = name;
                known->entries[known->count].sym = sym;
                known->count++;
            }
        }
        attrs[k].sym = sym;
    }
}

// grammar.y's applyattrs.
static void parley_gv_apply(void *object, parley_gv_attr *attrs, int count) {
    for (int k = 0; k < count; k++)
        if (attrs[k].sym) agxset(object, attrs[k].sym, attrs[k].value);
}

// Builds the graph the statements describe; NULL if they are malformed or cgraph fails.
// Call under the Graphviz lock.
static inline Agraph_t *parley_gv_build(const char *name, int directed, const unsigned char *list, size_t length) {
    Agdisc_t disc = parley_gv_disc();
    Agdesc_t desc = { 0 };  // as grammar.y's startgraph asks
    desc.directed = directed ? 1 : 0;
    desc.maingraph = 1;
    Agraph_t *root = agopen((char *)name, desc, &disc);
    if (!root) return NULL;

    int depth = 0;  // subgraphs open
    Agraph_t *g = root;
    parley_gv_attr *attrs = NULL;
    int capacity = 0;
    parley_gv_bindings known;
    known.count = 0;
    const char *p = (const char *)list, *end = (const char *)list + length;
    while (p < end) {
        char op = *p++;
        switch (op) {
        case 'A': {  // grammar.y's attrstmt
            char which = *p++;
            int kind = which == 'g' ? AGRAPH : which == 'n' ? AGNODE : AGEDGE;
            int count = parley_gv_attrs(root, &p, end, &attrs, &capacity);
            if (count < 0) goto failed;
            parley_gv_bind(NULL, g, kind, attrs, count);
            for (int k = 0; k < count; k++) {
                Agsym_t *sym = attrs[k].sym;
                if (!sym->fixed || g != root) sym = agattr(g, kind, sym->name, attrs[k].value);
                if (sym && g == root) sym->print = 1;
            }
            parley_gv_release(root, attrs, count);
            known.count = 0;
            break;
        }
        case 'N': {  // appendnode, then endnode
            const char *node = p;
            p += strlen(node) + 1;
            Agnode_t *n = agnode(g, (char *)node, 1);
            int count = parley_gv_attrs(root, &p, end, &attrs, &capacity);
            if (count < 0 || !n) goto failed;
            parley_gv_bind(&known, g, AGNODE, attrs, count);
            parley_gv_apply(n, attrs, count);
            parley_gv_release(root, attrs, count);
            break;
        }
        case 'E': {  // appendnode twice, then endedge and newedge
            const char *tail = p;
            const char *head = tail + strlen(tail) + 1;
            p = head + strlen(head) + 1;
            Agnode_t *t = agnode(g, (char *)tail, 1);
            Agnode_t *h = agnode(g, (char *)head, 1);
            int count = parley_gv_attrs(root, &p, end, &attrs, &capacity);
            if (count < 0 || !t || !h) goto failed;
            parley_gv_bind(&known, g, AGEDGE, attrs, count);
            char *key = NULL;
            for (int k = 0; k < count; k++)
                if (!attrs[k].sym && strcmp(attrs[k].name, "key") == 0) key = attrs[k].value;
            Agedge_t *e = agedge(g, t, agsubnode(g, h, 0), key, 1);
            if (e) parley_gv_apply(e, attrs, count);  // NULL only for a loop in a strict graph
            parley_gv_release(root, attrs, count);
            break;
        }
        case 'S': {  // opensubg
            const char *subgraph = p;
            p += strlen(subgraph) + 1;
            Agraph_t *s = agsubg(g, (char *)subgraph, 1);
            if (!s) goto failed;
            depth++;
            g = s;
            break;
        }
        case '}':  // closesubg
            if (depth == 0) goto failed;
            depth--;
            g = agparent(g);
            break;
        default:
            goto failed;
        }
    }
    free(attrs);
    aginternalmapclearlocalnames(root);  // grammar.y's endgraph
    return root;
failed:
    free(attrs);
    agclose(root);
    return NULL;
}

// Puts the C library's random generators back in the state a new process starts with.
// Some layouts draw from rand() or drand48() without seeding them first, so a layout
// depended on every layout made before it in the process (circo, twopi and sfdp drew a
// graph differently the second time). Call under the Graphviz lock, just before a layout.
static inline void parley_gv_reset_random(void) {
    unsigned short fresh[3] = { 0, 0, 0 };  // glibc's drand48 state before any seeding
    seed48(fresh);
    srand(1);                               // rand()'s documented initial seed
}

#endif
