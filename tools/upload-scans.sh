#!/bin/bash
# upload-scans.sh BASE PASSWORD FILES...: uploads each scan as a page of 扫描测试报, one after another (see search-latency.py)
base=$1; password=$2; shift 2; i=10
for f in "$@"; do i=$((i+1)); curl -s -o /dev/null -w "%{http_code} %{time_total}s\n" -u admin:$password -F newspaper=扫描测试报 -F date=1987-03-$i -F page=1 -F "file=@$f" $base/api/admin/pages; done
