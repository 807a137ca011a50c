-- wrk script: other sites reading the public API (/api/v1/): lists of offers by building block,
-- one offer, event dates, a free-text search and the categories, in several languages. Offer ids
-- come from the environment: WVO_OFFERS (separated by commas).
local offers = {}
for id in string.gmatch(os.getenv("WVO_OFFERS") or "1", "[^,]+") do
  offers[#offers + 1] = id
end
local languages = { "de", "ar", "uk", "fa", "ti", "en", "tr", "ru" }
local blocks = { "welcome", "education", "work", "participation" }
local words = { "deutsch", "beratung", "kinder", "arbeit" }
local counter = 0

request = function()
  counter = counter + 1
  local step = counter % 5
  local language = languages[(counter % #languages) + 1]
  local path
  if step == 0 then
    path = "/api/v1/offers?block=" .. blocks[(counter % #blocks) + 1] .. "&lang=" .. language
  elseif step == 1 then
    path = "/api/v1/offers/" .. offers[(counter % #offers) + 1] .. "?lang=" .. language
  elseif step == 2 then
    path = "/api/v1/events?lang=" .. language
  elseif step == 3 then
    path = "/api/v1/offers?q=" .. words[(counter % #words) + 1] .. "&lang=" .. language
  else
    path = "/api/v1/categories?lang=" .. language
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip", ["Accept"] = "application/json" })
end

-- WVO_SCRIPTS: the folder of these scripts, set by LoadBenchmark.
dofile(os.getenv("WVO_SCRIPTS") .. "/result.lua")
