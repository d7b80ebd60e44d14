#pragma once

#include <QIcon>

namespace kehu {

/// The icons of the window, navigation and toolbar: the desktop theme's icon where the theme
/// has one (freedesktop names), else Kehu's own SVG from the resources (:/icons/…).
namespace Icons {

/// Kehu's application icon (SVG, with PNGs for a platform without the svg plugin).
QIcon application();
/// The theme's `themeName`, falling back to :/icons/`bundled`.svg.
QIcon themed(const QString &themeName, const QString &bundled);

} // namespace Icons

} // namespace kehu
