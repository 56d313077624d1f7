-- The wrk script of every Club Aide HTTP benchmark case (scripts/bench-http.sh).
--
-- Logging in costs a PBKDF2 hash of 210,000 iterations on purpose, so the script never sends
-- credentials: it sends the cookies of a session opened once beforehand, and the server knows the
-- caller from the session. We measure the endpoint, not the password hash.
--
-- Environment:
--   BENCH_COOKIE  the Cookie header of an authenticated session (may be empty)
--   BENCH_PATHS   a file of paths, one a line; each thread goes through them in turn from its own
--                 starting point (default: the path of the URL given to wrk)
--   BENCH_METHOD  GET (default) or POST
--   BENCH_BODY    a file whose content is sent as the JSON body of every request
--   BENCH_CSRF    the session's CSRF token (GET /api/v1/csrf), sent as X-CSRF-Token: a POST that
--                 the session cookie authenticates needs it (docs/security.md)

local cookie = os.getenv("BENCH_COOKIE") or ""
local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY")
local paths_file = os.getenv("BENCH_PATHS")
local csrf = os.getenv("BENCH_CSRF") or ""

local threads = 0

function setup(thread)
  thread:set("number", threads)
  threads = threads + 1
end

function init(args)
  paths = {}
  if paths_file and #paths_file > 0 then
    for line in io.lines(paths_file) do
      if #line > 0 then
        paths[#paths + 1] = line
      end
    end
  end
  body = nil
  if body_file and #body_file > 0 then
    local f = assert(io.open(body_file, "r"))
    body = f:read("*a")
    f:close()
  end
  headers = { ["Accept"] = "application/json" }
  if #cookie > 0 then
    headers["Cookie"] = cookie
  end
  if body then
    headers["Content-Type"] = "application/json"
  end
  if #csrf > 0 then
    headers["X-CSRF-Token"] = csrf
  end
  -- Threads start at different places of the list, so they do not ask for the same thing at once.
  next_path = 1
  if #paths > 0 then
    next_path = ((number or 0) * 7919) % #paths + 1
  end
end

function request()
  local path = wrk.path
  if #paths > 0 then
    path = paths[next_path]
    next_path = next_path % #paths + 1
  end
  return wrk.format(method, path, headers, body)
end
