#!/usr/bin/env python3
# Re-check the mutants a cargo-mutants run missed, against the tree as it is now (HEAD): apply
# each one's diff to a scratch export of HEAD and run the core's tests with the settings of
# scripts/mutants.sh. Prints CAUGHT, MISSED, TIMEOUT or NOT-APPLIED (the mutated code is gone)
# per mutant. See docs/mutants.md.
#
#   scripts/mutants-recheck.py artifacts/mutants/mutants.out [earlier-output.log ...]
#
# Names already in the given logs are skipped (to resume). Not part of CI.
import json, os, subprocess, sys
out = sys.argv[1]  # artifacts/mutants-rest/mutants.out
d = json.load(open(os.path.join(out, 'outcomes.json')))
missed = [o for o in d['outcomes'] if o['summary'] == 'MissedMutant']
skip = set()
for f in sys.argv[2:]:
    for line in open(f):
        parts = line.strip().split(' ', 1)
        if len(parts) == 2: skip.add(parts[1])
missed = [o for o in missed if o['scenario']['Mutant']['name'] not in skip]
print(len(missed), 'to check', flush=True)
tree = '/tmp/mv-tree'
root = subprocess.run(['git', 'rev-parse', '--show-toplevel'], capture_output=True, text=True, check=True).stdout.strip()
out = os.path.abspath(out)
subprocess.run(f'rm -rf {tree} && mkdir -p {tree} && git -C {root} archive HEAD | tar -x -C {tree}', shell=True, check=True)
env = dict(os.environ, PROPTEST_CASES='200', LINK_FUZZ_CASES='20000', CARGO_TARGET_DIR='/tmp/mv-target', CARGO_PROFILE_TEST_DEBUG='0')
for o in missed:
    name = o['scenario']['Mutant']['name']
    diff = os.path.join(out, o['diff_path'])
    target = o['scenario']['Mutant']['file']
    p = subprocess.run(['patch', '-s', '-F3', target, '-i', diff], cwd=tree, capture_output=True, text=True)
    if p.returncode != 0:
        print('NOT-APPLIED', name, (p.stdout + p.stderr).strip().replace(chr(10), ' | ')[:300], flush=True)
        subprocess.run(f'git -C {root} archive HEAD | tar -x -C {tree}', shell=True)
        continue
    try:
        extra = {'core/src/codec/link.rs': ['--test', 'link'], 'core/src/codec/monitoring.rs': ['--test', 'monitoring_codec'], 'core/src/codec/table.rs': ['--test', 'codec']}.get(target)
        args = ['cargo', 'test', '-q', '-p', 'evt-core'] + (['--lib'] + extra if extra else [])
        r = subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True, timeout=300)
        res = 'CAUGHT' if r.returncode != 0 else 'MISSED'
        if 'error[E' in r.stderr: res = 'UNVIABLE'
    except subprocess.TimeoutExpired:
        res = 'TIMEOUT'
    print(res, name, flush=True)
    subprocess.run(['patch', '-s', '-R', '-F3', target, '-i', diff], cwd=tree)
