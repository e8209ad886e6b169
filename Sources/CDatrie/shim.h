#ifndef SARABAN_CDATRIE_SHIM_H
#define SARABAN_CDATRIE_SHIM_H
/* libdatrie: the double-array trie that libthai's word list (/usr/share/libthai/thbrk.tri,
 * Debian's libthai-data) is stored in. Saraban only looks words up; it never writes a trie. */
#include <datrie/trie.h>
#endif
