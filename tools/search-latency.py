#!/usr/bin/env python3
"""search-latency.py BASE SECONDS [PASSWORD]: sequential searches against a running app for SECONDS; prints count, p50, p99.
Run it idle, then while tools/upload-scans.sh uploads scans (OCR), to see what OCR costs search."""
import sys, time, urllib.request, urllib.parse, base64, random
base, seconds = sys.argv[1], float(sys.argv[2])
words = ['西宁', '记者', '经济', '发展', '城市', '文化', '群众', '工作', '建设', '社会', '教育', '改革', '青海', '项目', '市民']
auth = 'Basic ' + base64.b64encode(("admin:" + (sys.argv[3] if len(sys.argv) > 3 else "loadpw")).encode()).decode()
lat = []
end = time.time() + seconds
random.seed(7)
while time.time() < end:
    q = random.choice(words) + ' ' + random.choice(words) if random.random() < 0.3 else random.choice(words)
    req = urllib.request.Request(base + '/api/search?' + urllib.parse.urlencode({'q': q}), headers={'Authorization': auth})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
    lat.append((time.perf_counter() - t) * 1000)
lat.sort()
print('searches=%d p50=%.1f ms p99=%.1f ms max=%.1f ms' % (len(lat), lat[len(lat)//2], lat[int(len(lat)*0.99)], lat[-1]))
