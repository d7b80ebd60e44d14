#!/bin/sh
# Rebuilds the screenshots in this folder, in English and Simplified Chinese, from a fresh
# demo database. Needs the dev build (kehu, kehu-cli, kehu_screenshots), xvfb-run and
# fonts-noto-cjk:
#   cmake --preset dev && cmake --build --preset dev --target kehu kehu-cli kehu_screenshots
#   docs/screenshots/make-screenshots.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${KEHU_BUILD_DIR:-$root/build/dev}
cli=$build/src/cli/kehu-cli
tool=$build/tests/gui/kehu_screenshots
out=$root/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$out/sample-orders.csv" "$work/orders.csv"

for lang in en zh_CN; do
    db=$work/demo-$lang.kehu
    # The demo book in the interface's language (names, companies, regions, notes).
    "$cli" --db "$db" demo --customers 2000 --seed 7 --language "$lang" >/dev/null
    # Two quarter ends, so the dashboard shows changes against the previous snapshot.
    "$cli" --db "$db" classify --as-of 2025-09-30 --label 2025Q3 >/dev/null
    "$cli" --db "$db" classify --as-of 2025-12-31 --label 2025Q4 >/dev/null
    if [ "$lang" = en ]; then
        locale=en_US.UTF-8; qm=
    else
        locale=zh_CN.UTF-8; qm=$build/src/app/kehu_zh_CN.qm
    fi
    # A private settings folder: the user's own language choice must not leak in.
    env XDG_CONFIG_HOME="$work/config-$lang" LANG="$locale" LANGUAGE="$lang" \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$db" "$out" "$lang" "$work/orders.csv" $qm
done
echo "Screenshots written to $out"
