-- wrk script: newcomers downloading office cards as PDF (/card/{id}/{language}.pdf). Each request
-- asks for the next offer, and after all offers the next language, so the first offers x languages
-- requests each ask for a PDF nobody asked for before. Offer ids come from WVO_OFFERS (commas).
local offers = {}
for id in string.gmatch(os.getenv("WVO_OFFERS") or "1", "[^,]+") do
  offers[#offers + 1] = id
end
local languages = { "ar", "de", "uk", "fa", "ti", "ru", "tr", "en" }
local counter = -1

request = function()
  counter = counter + 1
  local offer = offers[(counter % #offers) + 1]
  local language = languages[(math.floor(counter / #offers) % #languages) + 1]
  return wrk.format("GET", "/card/" .. offer .. "/" .. language .. ".pdf")
end

-- WVO_SCRIPTS: the folder of these scripts, set by LoadBenchmark.
dofile(os.getenv("WVO_SCRIPTS") .. "/result.lua")
