-- wrk script: sign in as the benchmark admin, the way the web client does (JSON as text/plain).
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
wrk.body = '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}'
