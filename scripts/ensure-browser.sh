#!/usr/bin/env bash
# Makes sure a Chromium/Chrome is there for kommunpress's PDF output.
# Looks where kommunpress looks (PUPPETEER_EXECUTABLE_PATH, the usual system
# paths, chromium/google-chrome on PATH); if none is found and apt-get can be
# run (as root, or with sudo without a password), installs Debian's chromium.
# Never fails: without a browser, md, html and json output still work.
# Fonts are not installed: kommunpress embeds its own from npm.
set -u

find_browser() {
  if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -f "$PUPPETEER_EXECUTABLE_PATH" ] && [ -x "$PUPPETEER_EXECUTABLE_PATH" ]; then
    printf '%s\n' "$PUPPETEER_EXECUTABLE_PATH"
    return 0
  fi
  local p
  for p in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome /snap/bin/chromium; do
    if [ -f "$p" ] && [ -x "$p" ]; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  # Not `command -v`: bash falls back to a file that is not executable.
  local name dir
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    local IFS=:
    for dir in ${PATH:-}; do
      [ -n "$dir" ] || continue
      if [ -f "$dir/$name" ] && [ -x "$dir/$name" ]; then
        printf '%s\n' "$dir/$name"
        return 0
      fi
    done
  done
  return 1
}

how_to_install() {
  echo "Så här får du en webbläsare för PDF:"
  echo "  Debian/Ubuntu: sudo apt-get install chromium"
  echo "  eller ange en befintlig med --browser <sökväg> eller PUPPETEER_EXECUTABLE_PATH=<sökväg>."
  echo "Formaten md, html och json fungerar utan webbläsare."
}

report_found() {
  local version
  version="$("$1" --version 2>/dev/null | head -n 1)"
  echo "Webbläsare för PDF: $1${version:+ ($version)}"
}

if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && { [ ! -f "$PUPPETEER_EXECUTABLE_PATH" ] || [ ! -x "$PUPPETEER_EXECUTABLE_PATH" ]; }; then
  echo "Varning: PUPPETEER_EXECUTABLE_PATH pekar på $PUPPETEER_EXECUTABLE_PATH, som inte finns eller inte är körbar;" \
    "kommunpress vägrar då skapa PDF tills variabeln rättas eller tas bort."
fi

if browser="$(find_browser)"; then
  report_found "$browser"
  exit 0
fi

echo "Ingen webbläsare för PDF hittades (Chromium eller Google Chrome)."

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get finns inte här, så ingen installation görs."
  how_to_install
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "Installationen kräver root (eller sudo utan lösenord), så ingen installation görs."
  how_to_install
  exit 0
fi

log="$(mktemp "${TMPDIR:-/tmp}/ensure-browser.XXXXXX")"
echo "Installerar chromium med apt-get (logg: $log) ..."
if ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$log" 2>&1 &&
  ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >>"$log" 2>&1; then
  if browser="$(find_browser)"; then
    echo "Installerade chromium."
    report_found "$browser"
    rm -f "$log"
    exit 0
  fi
  echo "apt-get installerade chromium, men ingen webbläsare hittades efteråt."
else
  echo "Installationen av chromium misslyckades. Sista raderna i loggen:"
  tail -n 5 "$log" | sed 's/^/  /'
fi
how_to_install
exit 0
