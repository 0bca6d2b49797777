#!/usr/bin/env python3
"""Writes the Chinese locale file (zh.json) of each covered Camunda webapp from the webjar's en.json, key by key.

Usage: python3 src/tools/webapps-zh/generate.py [path/to/camunda-webapp-webjar.jar]
(default: the webjar of the pom's camunda.version in ~/.m2). Every en.json label needs a line in labels-zh.txt
("KEY = 中文", or "app:KEY = 中文" for one app); a missing key, or a translation that drops a {{placeholder}} or an
HTML tag of the English, stops the script and nothing is written. Run it again when the Camunda version changes.
"""
import json
import re
import sys
import zipfile
from pathlib import Path

APPS = ["tasklist", "welcome", "admin", "cockpit"]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
OUT = ROOT / "src/main/resources/META-INF/resources/webjars/camunda/app"
KEPT = re.compile(r"\{\{[^}]*\}\}|</?(?:a|br|strong|em|b|i|code|span|p)\b[^>]*>")

# moment.js date locale: Chinese month and day names, dates as 2026年12月2日
DATE_LOCALES = {
    "calendar": {"lastDay": "[昨天] LT", "lastWeek": "[上]dddd LT", "nextDay": "[明天] LT",
                 "nextWeek": "[下]dddd LT", "sameDay": "[今天] LT", "sameElse": "L"},
    "longDateFormat": {"L": "YYYY-MM-DD", "LL": "YYYY年M月D日", "LLL": "YYYY年M月D日 LT",
                       "LLLL": "YYYY年M月D日dddd LT", "LT": "HH:mm"},
    "months": ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
    "monthsShort": [f"{m}月" for m in range(1, 13)],
    "relativeTime": {"M": "1 个月", "MM": "%d 个月", "d": "1 天", "dd": "%d 天", "future": "%s后",
                     "h": "1 小时", "hh": "%d 小时", "m": "1 分钟", "mm": "%d 分钟", "past": "%s前",
                     "s": "几秒", "y": "1 年", "yy": "%d 年"},
    "week": {"dow": 1, "doy": 4},
    "weekdays": ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
    "weekdaysMin": ["日", "一", "二", "三", "四", "五", "六"],
    "weekdaysShort": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
}


def webjar():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    version = re.search(r"<camunda.version>([^<]+)</camunda.version>", (ROOT / "pom.xml").read_text()).group(1)
    return (Path.home() / ".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar" / version
            / f"camunda-webapp-webjar-{version}.jar")


def translations():
    labels = {}
    for number, line in enumerate((HERE / "labels-zh.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise SystemExit(f"labels-zh.txt:{number}: no '=' in {line!r}")
        labels[key.strip()] = value.strip()
    return labels


def main():
    zh = translations()
    used, problems, files = set(), [], {}
    with zipfile.ZipFile(webjar()) as jar:
        for app in APPS:
            en = json.loads(jar.read(f"META-INF/resources/webjars/camunda/app/{app}/locales/en.json")
                            .decode("utf-8-sig"))
            labels = {}
            for key, english in en["labels"].items():
                name = f"{app}:{key}" if f"{app}:{key}" in zh else key
                if name not in zh:
                    problems.append(f"{app}: no Chinese for {key} ({english!r})")
                    continue
                used.add(name)
                if sorted(KEPT.findall(english)) != sorted(KEPT.findall(zh[name])):
                    problems.append(f"{app}: {key} must keep {KEPT.findall(english)}")
                labels[key] = zh[name]
            files[app] = ({"dateLocales": DATE_LOCALES} if "dateLocales" in en else {}) | {"labels": labels}
    problems += [f"labels-zh.txt: {name} is in no covered app" for name in zh if name not in used]
    if problems:
        raise SystemExit("\n".join(problems))
    for app, content in files.items():
        target = OUT / app / "locales" / "zh.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(content['labels'])} labels")


if __name__ == "__main__":
    main()
