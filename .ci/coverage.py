#!/usr/bin/env python3
"""Process test coverage per model in bpmn/, from the camunda-process-test-coverage reports of the last test run
(target/process-test-coverage/*/report.json): the share of a model's flow nodes and sequence flows that some test
walked. Prints a line per model; fails when one is below the threshold (default 0.9)."""
import glob, json, os, re, sys

threshold = float(sys.argv[1]) if len(sys.argv) > 1 else 0.9
processes = []
for path in sorted(glob.glob("bpmn/*.bpmn")):
    m = re.search(r'<bpmn:process id="([^"]+)"', open(path, encoding="utf-8").read())
    if m:
        processes.append(m.group(1))
if not processes:
    print("no models in bpmn/ yet")
    sys.exit(0)

totals, walked, ids = {}, {}, {}
for report in glob.glob("target/process-test-coverage/**/report.json", recursive=True):
    data = json.load(open(report, encoding="utf-8"))
    for model in data.get("models", []):
        totals[model["key"]] = max(totals.get(model["key"], 0), model.get("totalElementCount", 0))
        ids.setdefault(model["key"], set()).update(re.findall(r'\bid="([^"]+)"', model.get("xml", "")))
    for suite in data.get("suites", []):
        for run in suite.get("runs", []):
            for event in run.get("events", []):
                walked.setdefault(event["modelKey"], set()).add(event["definitionKey"])

short = []
for key in processes:
    total = totals.get(key, 0)
    # only the model's own elements count (the engine also reports e.g. multi-instance bodies)
    share = len(walked.get(key, set()) & ids.get(key, set())) / total if total else 0.0
    print(f"  {key:32} {share:6.1%}")
    if share < threshold:
        short.append(key)
if short:
    print(f"below {threshold:.0%}: {', '.join(short)}")
    sys.exit(1)
