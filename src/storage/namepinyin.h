#pragma once

#include <QString>
#include <QStringView>

namespace kehu {

/// The pinyin by which people type a Chinese name, for the customer book's search (schema v7,
/// customers.name_pinyin). For 张建国 the terms are the syllables, the whole name and each
/// tail of it run together, and the initials of each tail of two or more characters:
/// "zhang jian guo zhangjianguo jianguo zjg jg", so `zhang`, `jianguo`, `zhangj` and `zjg`
/// all find him by term prefix. Tone marks are dropped and ü is written u (ICU's Latin-ASCII).
/// The first Han character is read as a surname (单 shan, 曾 zeng: ICU's Han-Latin/Names);
/// later ones take their common reading. Only Han characters give syllables; a name without
/// any gives no terms (Latin names are searched as they are written).
///
/// ICU transliteration costs about 30 us per name, so each character is transliterated once
/// per thread and its syllable kept (a few thousand distinct characters make up most names).
namespace NamePinyin {

/// Space-separated, lower-case ASCII search terms of `name`; empty when it has no Han
/// character ICU can read. Thread-safe (each thread keeps its own transliterators and cache).
QString searchTerms(QStringView name);

/// True when `name` has a Han character: only such names have search terms, and a writer can
/// skip everything else without calling ICU.
bool hasHan(QStringView name);

} // namespace NamePinyin

} // namespace kehu
