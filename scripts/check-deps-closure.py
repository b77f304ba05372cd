#!/usr/bin/env python3
"""Fails when the build or the tests used a file whose Debian package scripts/packages.txt does
not bring in.

For each build directory given: the CMake files the configure step read (build.ninja's
re-run inputs), every header the compiler read (`ninja -t deps`), the linker's inputs
(LINK_LIBRARIES, -l flags resolved like the compiler does) and the shared libraries the built
programs load (ldd). Then the programs listed in scripts/test-programs.txt. Each file is mapped
to its package with `dpkg -S`; the package must be in the list or in its dependency closure
(`apt-cache depends --recurse`, without recommends or suggests). Prints each offending file with
the package to add and exits 1; exits 0 when all are covered.

Usage: check-deps-closure.py BUILD_DIR [BUILD_DIR...]
"""
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_list(name):
    with open(os.path.join(ROOT, "scripts", name), encoding="utf-8") as f:
        return [line.split("#", 1)[0].strip() for line in f if line.split("#", 1)[0].strip()]


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=False)


def configure_inputs(build_ninja):
    """CMake files the configure step read: the inputs of build.ninja's RERUN_CMAKE edge."""
    text = open(build_ninja, encoding="utf-8").read()
    match = re.search(r"^build build\.ninja[^\n]*: RERUN_CMAKE[^\n]*\|((?:[^\n]*\$\n)*[^\n]*)", text,
                      re.M)
    if not match:
        return set()
    return {p for p in match.group(1).replace("$\n", " ").split() if p.startswith("/")}


def compiled_headers(build_dir):
    out = run(["ninja", "-C", build_dir, "-t", "deps"]).stdout
    return {line.strip() for line in out.splitlines()
            if line.startswith("    ") and line.strip().startswith("/")}


def linker_inputs(build_dir, build_ninja, compiler):
    files = set()
    libs = set()
    for line in open(build_ninja, encoding="utf-8"):
        if not line.startswith("  LINK_LIBRARIES = "):
            continue
        for word in line.split("=", 1)[1].split():
            if word.startswith("/"):
                files.add(word)
            elif word.startswith("-l"):
                libs.add(word[2:])
    for lib in libs:
        for name in ("lib%s.so" % lib, "lib%s.a" % lib):
            path = run([compiler, "-print-file-name=" + name]).stdout.strip()
            if path.startswith("/"):
                files.add(os.path.realpath(path))
                break
    return files


def loaded_libraries(build_dir):
    """Shared libraries the built executables load at run time."""
    programs = []
    for dirpath, dirnames, filenames in os.walk(build_dir):
        dirnames[:] = [d for d in dirnames if d != "CMakeFiles" and not d.endswith("_autogen")]
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.access(path, os.X_OK) and not name.endswith((".so", ".sh", ".py")):
                with open(path, "rb") as f:
                    if f.read(4) == b"\x7fELF":
                        programs.append(path)
    files = set()
    for program in programs:
        for line in run(["ldd", program]).stdout.splitlines():
            match = re.search(r"=> (/\S+)", line) or re.match(r"\s*(/\S+)", line)
            if match:
                files.add(match.group(1))
    return files


def owners(paths):
    """Maps each path to its package (None when no package owns it). dpkg -S in batches."""
    result = {}
    candidates = {}
    for path in paths:
        tries = [path, os.path.realpath(path)]
        for t in list(tries):
            if t.startswith("/usr/") and t.split("/")[2] in ("lib", "lib64", "bin", "sbin"):
                tries.append(t[4:])  # merged /usr: the package may ship /lib/...
        candidates[path] = list(dict.fromkeys(tries))
    pending = sorted({t for ts in candidates.values() for t in ts})
    found = {}
    for i in range(0, len(pending), 400):
        out = run(["dpkg", "-S"] + pending[i:i + 400]).stdout
        for line in out.splitlines():
            if line.startswith("diversion "):
                continue
            packages, _, path = line.partition(": ")
            found[path] = packages.split(",")[0].strip().split(":")[0]
    for path, tries in candidates.items():
        result[path] = next((found[t] for t in tries if t in found), None)
    return result


def essential():
    """Packages every Debian system has (Essential: yes), which nothing lists as a dependency."""
    out = run(["dpkg-query", "-W", "-f=${Package} ${Essential}\n"]).stdout
    return [line.split()[0] for line in out.splitlines() if line.endswith(" yes")]


def closure(packages):
    out = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
               "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + packages)
    if out.returncode != 0:
        sys.exit("check-deps-closure: apt-cache depends failed:\n" + out.stderr)
    names = set()
    for line in out.stdout.splitlines():
        if line and not line[0].isspace():
            names.add(line.strip("<>").split(":")[0])
    return names


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if not shutil.which("dpkg") or not shutil.which("apt-cache"):
        sys.exit("check-deps-closure: needs dpkg and apt-cache (a Debian system)")
    started = time.monotonic()
    used = {}  # file -> what used it
    own = (os.path.realpath(ROOT) + "/", )
    for build_dir in sys.argv[1:]:
        build_ninja = os.path.join(build_dir, "build.ninja")
        if not os.path.isfile(build_ninja):
            sys.exit("check-deps-closure: %s has no build.ninja; build it first" % build_dir)
        own += (os.path.realpath(build_dir) + "/", )
        cache = open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8").read()
        compiler = re.search(r"^CMAKE_CXX_COMPILER:\w+=(.*)$", cache, re.M).group(1)
        for kind, files in (("configure", configure_inputs(build_ninja)),
                            ("compile", compiled_headers(build_dir)),
                            ("link", linker_inputs(build_dir, build_ninja, compiler)),
                            ("run", loaded_libraries(build_dir)),
                            ("compiler", {shutil.which(compiler) or compiler})):
            for f in files:
                used.setdefault(f, "%s in %s" % (kind, build_dir))
    for program in read_list("test-programs.txt"):
        path = shutil.which(program)
        system = os.path.join("/usr/bin", program)
        if path and not path.startswith("/usr/") and os.path.exists(system):
            # A fresh Debian machine runs the system's copy (a PATH of pyenv or /usr/local
            # shadows it here).
            path = system
        if path is None:
            print("check-deps-closure: %s (run by the tests) is not installed" % program)
            used.setdefault("/usr/bin/" + program, "tests")
        else:
            used.setdefault(path, "tests")
    used = {f: why for f, why in used.items()
            if not os.path.realpath(f).startswith(own) and not f.startswith(own)}

    listed = read_list("packages.txt")
    allowed = closure(listed + essential())
    missing = {}  # package to add -> files
    for path, package in sorted(owners(used).items()):
        if package is None or package not in allowed:
            missing.setdefault(package, []).append("%s (%s)" % (path, used[path]))
    seconds = time.monotonic() - started
    if missing:
        print("check-deps-closure: the build or the tests used files from packages that "
              "scripts/packages.txt does not bring in:")
        for package, files in sorted(missing.items(), key=lambda kv: kv[0] or ""):
            head = ("no Debian package owns these files" if package is None else
                    "add %s to scripts/packages.txt (%d files)" % (package, len(files)))
            print("  " + head)
            print("".join("    %s\n" % f for f in files[:3]), end="")
            if len(files) > 3:
                print("    ... and %d more" % (len(files) - 3))
        return 1
    print("check-deps-closure: %d files used by the build and the tests all come from the %d "
          "listed packages or %d more that they depend on or that every Debian system has (%.1f s)"
          % (len(used), len(listed), len(allowed) - len(listed), seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
