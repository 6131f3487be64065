#!/usr/bin/env python3
"""How often the knowledge base writes the same step or escalation item in different words.

For every command of a resolution step (slmgr /ato, slmgr /dli, ...) and for the common escalation items, it
counts the distinct English wordings written in the files (a catalogue step counts once however many entries
refer to it; an entry's own `more:` addition is counted apart) and how many entries and causes use it.
Run it on two checkouts to compare:  scripts/knowledge-wordings.py [knowledge-dir ...]
"""
import collections
import glob
import os
import re
import sys

import yaml

# The figures the issue quotes: steps that only activate, steps that check the installed edition/channel
# (inline by their title, or a reference to the catalogue step), and the plain "output of slmgr /dli" item.
ISSUE_STEPS = {
    "activate with slmgr /ato": ({"Activate", "Activate again"}, "ACTIVATE_ONLINE"),
    "check the installed edition": ({"Check the installed edition", "Check the licence channel",
                                     "Check the installed edition and key"}, "CHECK_INSTALLED_LICENSE"),
}
ISSUE_ITEM = ("The output of slmgr /dli", "SLMGR_DLI_OUTPUT")

PREPARE_IDEAS = {
    "output of slmgr /dli": re.compile(r"slmgr /dli\b"),
    "output of slmgr /dlv": re.compile(r"slmgr /dlv\b"),
    "last five characters of the key": re.compile(r"last five characters|last group", re.I),
    "proof of purchase": re.compile(r"proof of purchase", re.I),
    "installation ID": re.compile(r"installation ID", re.I),
}


def load(directory):
    items, steps, prepare = [], {}, {}
    for path in sorted(glob.glob(os.path.join(directory, "**", "*.yml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for section in ("entries", "causes", "contacts"):
            for item in data.get(section) or []:
                items.append((item.get("code") or item.get("id"), item))
        for step in data.get("steps") or []:
            steps[step["id"]] = step
        for item in data.get("prepare") or []:
            prepare[item["id"]] = item
    return items, steps, prepare


def measure(directory):
    items, steps, prepare = load(directory)
    by_command = collections.defaultdict(lambda: {"wordings": set(), "uses": 0, "owners": set(), "more": 0})
    by_prepare = collections.defaultdict(lambda: {"wordings": set(), "uses": 0})
    issue = collections.defaultdict(lambda: {"wordings": set(), "uses": 0, "owners": set()})
    inline_steps = referenced_steps = inline_items = referenced_items = 0
    for owner, item in items:
        for step in item.get("resolution") or []:
            if "step" in step:
                referenced_steps += 1
                command = step.get("command") or steps.get(step["step"], {}).get("command")
                wording = "catalogue:" + step["step"]
            else:
                inline_steps += 1
                command = step.get("command")
                wording = step["title"]["en"] + " | " + step["detail"]["en"]
            for name, (titles, step_id) in ISSUE_STEPS.items():
                if step.get("step") == step_id or step.get("title", {}).get("en") in titles:
                    issue[name]["wordings"].add(wording)
                    issue[name]["uses"] += 1
                    issue[name]["owners"].add(owner)
            key = " ".join((command or "(no command)").split()[:2])
            idea = by_command[key]
            idea["wordings"].add(wording)
            idea["uses"] += 1
            idea["owners"].add(owner)
            idea["more"] += 1 if step.get("more") else 0
        escalation = item.get("escalation") or {}
        for entry in (escalation.get("prepare") or []) + (item.get("prepare") or []):
            if "item" in entry:
                referenced_items += 1
                text, wording = prepare[entry["item"]]["en"], "catalogue:" + entry["item"]
            else:
                inline_items += 1
                text = wording = entry["en"]
            if entry.get("item") == ISSUE_ITEM[1] or entry.get("en") == ISSUE_ITEM[0]:
                issue["item: " + ISSUE_ITEM[0]]["wordings"].add(wording)
                issue["item: " + ISSUE_ITEM[0]]["uses"] += 1
                issue["item: " + ISSUE_ITEM[0]]["owners"].add(owner)
            for name, pattern in PREPARE_IDEAS.items():
                if pattern.search(text):
                    by_prepare[name]["wordings"].add(wording)
                    by_prepare[name]["uses"] += 1
    return {
        "steps": by_command, "prepare": by_prepare, "issue": issue, "inline_steps": inline_steps,
        "referenced_steps": referenced_steps, "inline_items": inline_items, "referenced_items": referenced_items,
        "catalogue_steps": len(steps), "catalogue_items": len(prepare),
        "entries": sum(1 for owner, item in items if "code" in item),
    }


def main(directories):
    results = [(d, measure(d)) for d in directories]
    for directory, r in results:
        print(f"== {directory}: {r['entries']} entries; steps {r['inline_steps']} inline + {r['referenced_steps']}"
              f" references to {r['catalogue_steps']} catalogue steps; prepare items {r['inline_items']} inline +"
              f" {r['referenced_items']} references to {r['catalogue_items']} catalogue items")
    print("\nthe issue's figures: distinct English wordings / uses / entries and causes")
    for name in list(ISSUE_STEPS) + ["item: " + ISSUE_ITEM[0]]:
        cells = [f"{len(r['issue'][name]['wordings'])} / {r['issue'][name]['uses']} / {len(r['issue'][name]['owners'])}"
                 for _, r in results]
        print(f"  {name:42} " + "   ->   ".join(cells))
    commands = sorted({c for _, r in results for c in r["steps"]},
                      key=lambda c: -max(r["steps"][c]["uses"] for _, r in results if c in r["steps"]))
    print("\nresolution steps by command: distinct English wordings / steps / entries and causes (with own 'more')")
    for command in commands[:25]:
        cells = []
        for _, r in results:
            idea = r["steps"].get(command)
            cells.append("-" if idea is None else
                         f"{len(idea['wordings'])} / {idea['uses']} / {len(idea['owners'])} ({idea['more']})")
        print(f"  {command:42} " + "   ->   ".join(cells))
    print("\nescalation items: distinct English wordings / uses")
    for name in PREPARE_IDEAS:
        cells = [f"{len(r['prepare'][name]['wordings'])} / {r['prepare'][name]['uses']}" for _, r in results]
        print(f"  {name:42} " + "   ->   ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:] or ["src/main/resources/knowledge"])
