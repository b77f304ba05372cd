#pragma once

#include <QString>

namespace kuaibao {

// The index for one- and two-character queries: every text is turned into the space-separated
// list of the two-character pieces starting at each of its characters (the last character
// alone), so that a two-character query is one whole token and a one-character query a token
// prefix. White space and characters the tokenizer would drop become a private-use stand-in,
// in the text and in queries alike.
namespace shortterms {

// The bigram form of `text` stored in the short-query index.
QString tokens(const QString &text);
// The FTS5 query for a one- or two-character `query` (already trimmed).
QString matchExpression(const QString &query);
// Whether the index answers `query` exactly: false when it holds a character that shares the
// stand-in with others (white space, format characters), whose hits must be checked.
bool answersExactly(const QString &query);
// The tokenizer definition the short-query index is created with.
QString tokenizerSpec();

} // namespace shortterms

} // namespace kuaibao
