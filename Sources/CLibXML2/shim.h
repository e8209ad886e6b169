#ifndef SARABAN_CLIBXML2_SHIM_H
#define SARABAN_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system's
 * <unicode/ucnv.h>. Foundation on Linux carries its own, newer ICU headers (_FoundationICU); a
 * Swift file that sees both fails with "enum UErrorCode ... is not present in definition".
 * Saraban never touches libxml2's ICU converters (it hands libxml2 UTF-8 only), so the ICU part of
 * the headers is switched off. Only the layout of xmlCharEncodingHandler, which Saraban never
 * allocates or reads, depends on it. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#endif
