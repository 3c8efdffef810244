-- wrk script: one page of the event log; PAGE is the page index (wrk ... -s bench/events-page.lua -- PAGE)
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
function init(args)
  wrk.body = '{"offset":' .. (args[1] or 0) .. '}'
end
