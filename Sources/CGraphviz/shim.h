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

// Sets an attribute on a node or edge, declaring it (default "") if the graph lacks it:
// what the DOT parser does with an attribute in a statement. cgraph copies the strings.
static inline int parley_gv_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, "");
}

// An object's creation sequence number (AGSEQ is a macro): edges in DOT statement order.
static inline unsigned long parley_gv_seq(void *object) {
    return (unsigned long)AGSEQ(object);
}

#endif
