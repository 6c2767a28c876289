#!/usr/bin/env python3
"""Runs the CI recipes of docs/ci.md as written: the GitHub Actions workflow
(docs/ci/github-actions.yml) and the GitLab CI job (docs/ci/gitlab-ci.yml), on a pull request
made in a temporary git repository.

    python3 tests/suites/ci/run_ci.py JXC

Each `run:` step of the workflow runs as GitHub runs it (bash --noprofile --norc -eo pipefail,
the step's env with its ${{ }} expressions filled in, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
files, `if: always()` steps after a failure); the GitLab job's script lines run in one shell,
as the runner does. What cannot run here is stood in for: the checkout is a clone of the
pull request, the `Install jxc` step and the before_script (which install the .deb) are
replaced by JXC on the PATH, `uses: github/codeql-action/upload-sarif` by reading the SARIF
file it would upload, and `gh` and `curl` (which post the comment) by scripts that record
what they were asked to post. Two pull requests: one that loosens a target (the jobs pass,
the comment is jxc diff's Markdown with 放宽), one that also types an unknown unit (the jobs
fail at the end, after the SARIF, holding the error, and the comment are made).
"""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DOCS = os.path.join(ROOT, "docs")
EXAMPLE = os.path.join(ROOT, "examples", "jiangsu-2025.jx")


def sh(cmd, cwd, env=None, check=True):
    r = subprocess.run(cmd, cwd=cwd, env=env, shell=isinstance(cmd, str), capture_output=True, text=True)
    if check and r.returncode:
        raise SystemExit(f"FAIL: {cmd}: {r.stdout}{r.stderr}")
    return r


def page_holds_recipes():
    page = open(os.path.join(DOCS, "ci.md"), encoding="utf-8").read()
    blocks = re.findall(r"```yaml\n(.*?)```", page, re.S)
    for name in ("github-actions.yml", "gitlab-ci.yml"):
        text = open(os.path.join(DOCS, "ci", name), encoding="utf-8").read()
        if text not in blocks:
            raise SystemExit(f"FAIL: docs/ci.md does not show docs/ci/{name} as it is")


def make_repo(tmp, with_error):
    origin = os.path.join(tmp, "origin.git")
    seed = os.path.join(tmp, "seed")
    os.makedirs(seed)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main"]
    sh(git + ["init", "-q"], seed)
    os.makedirs(os.path.join(seed, "tables"))
    shutil.copy(EXAMPLE, os.path.join(seed, "tables", "jiangsu-2025.jx"))
    with open(os.path.join(seed, "README"), "w") as f:
        f.write("budget tables\n")
    sh(git + ["add", "."], seed)
    sh(git + ["commit", "-qm", "base"], seed)
    base = sh(["git", "rev-parse", "HEAD"], seed).stdout.strip()
    sh(git + ["checkout", "-qb", "pr"], seed)
    path = os.path.join(seed, "tables", "jiangsu-2025.jx")
    text = open(path, encoding="utf-8").read()
    text = text.replace("案件办理率        半年 ≥90%  全年 ≥90%", "案件办理率        半年 ≥85%  全年 ≥85%", 1)
    if with_error:
        text = text.replace("半年 ≥95%  全年 ≥95%", "半年 ≥95%  全年 ≥95分钏", 1)
    open(path, "w", encoding="utf-8").write(text)
    sh(git + ["commit", "-qam", "loosen a target"], seed)
    head = sh(["git", "rev-parse", "HEAD"], seed).stdout.strip()
    sh(["git", "clone", "-q", "--bare", seed, origin], tmp)
    work = os.path.join(tmp, "work")
    sh(["git", "clone", "-q", origin, work], tmp)
    sh(["git", "checkout", "-q", head], work)
    return work, base, head


def stubs(tmp, jxc):
    bin_ = os.path.join(tmp, "bin")
    os.makedirs(bin_)
    os.symlink(os.path.abspath(jxc), os.path.join(bin_, "jxc"))
    posted = os.path.join(tmp, "posted")
    os.makedirs(posted)
    # gh pr comment N [--edit-last] --body-file F: records the body; --edit-last fails the
    # first time (no comment yet), as gh does
    script = {"gh": f"""#!/usr/bin/env bash
set -eu
body=""; edit=0
while [ $# -gt 0 ]; do case "$1" in --body-file) body=$2; shift 2;; --edit-last) edit=1; shift;; *) shift;; esac; done
[ "$GH_TOKEN" = token ] || {{ echo "gh: no token" >&2; exit 4; }}
if [ $edit = 1 ] && [ ! -e {posted}/gh ]; then echo "no comments found" >&2; exit 1; fi
cp "$body" {posted}/gh
""",
              "curl": f"""#!/usr/bin/env bash
set -eu
for a in "$@"; do case "$a" in body@*) cp "${{a#body@}}" {posted}/curl;; http*) echo "$a" > {posted}/curl-url;; esac; done
"""}
    for name, text in script.items():
        p = os.path.join(bin_, name)
        with open(p, "w") as f:
            f.write(text)
        os.chmod(p, os.stat(p).st_mode | stat.S_IEXEC)
    return bin_, posted


def fill(value, ctx):
    def sub(m):
        key = m.group(1).strip()
        if key not in ctx:
            raise SystemExit(f"FAIL: the workflow uses ${{{{ {key} }}}}, which this suite does not know")
        return str(ctx[key])
    return re.sub(r"\$\{\{(.*?)\}\}", sub, str(value))


def run_github(jxc, tmp, with_error):
    work, base, head = make_repo(tmp, with_error)
    bin_, posted = stubs(tmp, jxc)
    wf = yaml.safe_load(open(os.path.join(DOCS, "ci", "github-actions.yml"), encoding="utf-8"))
    runner_temp = os.path.join(tmp, "runner")
    os.makedirs(runner_temp)
    summary = os.path.join(tmp, "summary.md")
    ctx = {"github.event.pull_request.base.sha": base, "github.event.pull_request.number": 7, "github.token": "token",
           "runner.temp": runner_temp, "vars.JXC_DEB_URL": "https://example.invalid/jxc.deb"}
    failed = False
    ran = []
    sarif = None
    for step in wf["jobs"]["check"]["steps"]:
        cond = step.get("if")
        if cond not in (None, "always()"):
            raise SystemExit(f"FAIL: a condition this suite does not evaluate: {cond}")
        if failed and cond != "always()":
            continue
        name = step.get("name", step.get("uses"))
        if "uses" in step:
            if step["uses"].startswith("github/codeql-action/upload-sarif"):
                sarif = fill(step["with"]["sarif_file"], ctx)
            ran.append(name)
            continue
        if name == "Install jxc":
            continue
        out = os.path.join(tmp, f"output-{len(ran)}")
        open(out, "w").close()
        env = dict(os.environ, PATH=bin_ + os.pathsep + os.environ["PATH"], RUNNER_TEMP=runner_temp, GITHUB_OUTPUT=out,
                   GITHUB_STEP_SUMMARY=summary, CI="true", GITHUB_ACTIONS="true")
        for k, v in (step.get("env") or {}).items():
            env[k] = fill(v, ctx)
        r = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=work, env=env,
                           capture_output=True, text=True)
        ran.append(name)
        if r.returncode:
            failed = True
            if step.get("name") != "Fail on errors in the tables":
                raise SystemExit(f"FAIL: step '{name}' failed ({r.returncode}): {r.stdout}{r.stderr}")
        if "id" in step:
            for line in open(out):
                k, _, v = line.rstrip("\n").partition("=")
                ctx[f"steps.{step['id']}.outputs.{k}"] = v
    return failed, sarif, os.path.join(posted, "gh"), work, base, summary


def run_gitlab(jxc, tmp, with_error):
    work, base, head = make_repo(tmp, with_error)
    bin_, posted = stubs(tmp, jxc)
    job = yaml.safe_load(open(os.path.join(DOCS, "ci", "gitlab-ci.yml"), encoding="utf-8"))["jx-check"]
    script = "\n".join(job["script"])
    scratch = os.path.join(tmp, "scratch")
    os.makedirs(scratch)
    env = dict(os.environ, PATH=bin_ + os.pathsep + os.environ["PATH"], TMPDIR=scratch, CI="true", GITLAB_CI="true",
               CI_PIPELINE_SOURCE="merge_request_event", CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main",
               CI_MERGE_REQUEST_DIFF_BASE_SHA=base, CI_API_V4_URL="https://gitlab.example.invalid/api/v4", CI_PROJECT_ID="3",
               CI_MERGE_REQUEST_IID="7", JX_REVIEW_TOKEN="token")
    for k, v in (job.get("variables") or {}).items():
        env[k] = str(v)
    r = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=work, env=env, capture_output=True, text=True)
    url = open(os.path.join(posted, "curl-url")).read().strip() if os.path.exists(os.path.join(posted, "curl-url")) else ""
    if url != "https://gitlab.example.invalid/api/v4/projects/3/merge_requests/7/notes":
        raise SystemExit(f"FAIL: gitlab: the note was not posted to the merge request ({url!r}): {r.stdout}{r.stderr}")
    for artifact in job["artifacts"]["paths"]:
        if not os.path.exists(os.path.join(work, artifact)):
            raise SystemExit(f"FAIL: gitlab: no artifact {artifact}")
    return r.returncode != 0, os.path.join(work, "jxc.sarif"), os.path.join(posted, "curl"), work, base, None


def verify(kind, jxc, tmp, with_error, result):
    failed, sarif, comment, work, base, summary = result
    if failed != with_error:
        raise SystemExit(f"FAIL: {kind}: the job {'failed' if failed else 'passed'} on a pull request {'with' if with_error else 'without'} an error")
    doc = json.load(open(sarif, encoding="utf-8"))
    results = doc["runs"][0]["results"]
    if doc.get("version") != "2.1.0" or not results:
        raise SystemExit(f"FAIL: {kind}: the SARIF file is not SARIF 2.1.0 with results")
    levels = {r.get("level") for r in results}
    if with_error != ("error" in levels):
        raise SystemExit(f"FAIL: {kind}: SARIF levels {levels}")
    # the comment is jxc diff -f markdown of the base against the pull request
    basedir = os.path.join(tmp, "expect-base")
    sh(["git", "worktree", "add", "-q", "--detach", basedir, base], work)
    want = subprocess.run([jxc, "diff", "-f", "markdown", basedir, "."], cwd=work, capture_output=True, text=True).stdout
    got = open(comment, encoding="utf-8").read()
    if with_error:
        want = "jxc diff：表中有错误，未比较（见检查的诊断）· the tables have errors, not compared (see the check)\n"
    if got != want or ("放宽" not in got and not with_error):
        raise SystemExit(f"FAIL: {kind}: the comment is not jxc diff's Markdown:\n{got}\n--- wanted\n{want}")
    if summary and open(summary, encoding="utf-8").read() != want:
        raise SystemExit(f"FAIL: {kind}: the step summary is not the diff")
    return len(results)


def main():
    jxc = os.path.abspath(sys.argv[1])
    page_holds_recipes()
    report = []
    for kind, run in (("github", run_github), ("gitlab", run_gitlab)):
        for with_error in (False, True):
            tmp = tempfile.mkdtemp()
            try:
                n = verify(kind, jxc, tmp, with_error, run(jxc, tmp, with_error))
                report.append(f"{kind} {'with an error' if with_error else 'loosening a target'}: "
                              f"{'failed' if with_error else 'passed'}, {n} SARIF results, the diff posted")
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(report))


if __name__ == "__main__":
    main()
