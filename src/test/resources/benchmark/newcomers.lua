-- wrk script: newcomers reading the county's pages as complete HTML (server pages), in several
-- languages, and every twentieth opening the interactive contact form (a Vaadin view with a session):
-- the page, then what the browser's script asks next, the view itself (?v-r=init, with the session
-- cookie the page set). Paths come from the environment: WVO_OFFERS (offer ids separated by commas).
local offers = {}
for id in string.gmatch(os.getenv("WVO_OFFERS") or "1", "[^,]+") do
  offers[#offers + 1] = id
end
local languages = { "de", "ar", "uk", "fa", "ti", "en", "tr", "ru" }
local blocks = { "welcome", "education", "work", "participation" }
local counter = 0
-- Sessions of contact forms whose page has come back, whose view is to be asked for next. Only a
-- Vaadin view's page makes a session (server pages make none), so a session cookie marks one.
local sessions = {}

request = function()
  if #sessions > 0 then
    local session = table.remove(sessions, 1)
    return wrk.format("GET", "/?v-r=init&location=offer%2F" .. offers[1] .. "%2Fcontact&query=", {
      ["Cookie"] = session,
      ["Accept-Language"] = "ar",
      ["Accept-Encoding"] = "gzip"
    })
  end
  counter = counter + 1
  local step = counter % 4
  local path
  local offer = offers[(counter % #offers) + 1]
  if counter % 20 == 0 then
    path = "/offer/" .. offer .. "/contact"
  elseif step == 0 then
    path = "/"
  elseif step == 1 then
    path = "/offers?block=" .. blocks[(counter % #blocks) + 1]
  else
    path = "/offer/" .. offer
  end
  local headers = {
    ["Accept-Language"] = languages[(counter % #languages) + 1],
    ["Accept-Encoding"] = "gzip",
    ["Accept"] = "text/html"
  }
  return wrk.format("GET", path, headers)
end

-- Called for every answer: a contact form's page (the one answer that sets a session cookie) is
-- followed by the request for its view, as the browser's script makes it.
response = function(status, headers, body)
  local cookie = headers["Set-Cookie"]
  if cookie ~= nil then
    local session = string.match(cookie, "(JSESSIONID=[^;]+)")
    if session ~= nil then
      sessions[#sessions + 1] = session
    end
  end
end

-- WVO_SCRIPTS: the folder of these scripts, set by LoadBenchmark.
dofile(os.getenv("WVO_SCRIPTS") .. "/result.lua")
