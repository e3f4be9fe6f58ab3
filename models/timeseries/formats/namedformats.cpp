// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/formats/namedformats.h"

#include "timeseries/formats/csvformats.h"
#include "timeseries/formats/fluviusformat.h"
#include "timeseries/formats/jsonformats.h"

namespace wattelier {

std::vector<std::unique_ptr<SeriesFormat>> namedFormats()
{
    std::vector<std::unique_ptr<SeriesFormat>> formats;
    formats.push_back(std::make_unique<FluviusFormat>());
    formats.push_back(std::make_unique<FluviusOpenDataFormat>());
    formats.push_back(std::make_unique<SmaFormat>());
    formats.push_back(std::make_unique<EnphaseFormat>());
    formats.push_back(std::make_unique<SolarEdgeFormat>());
    formats.push_back(std::make_unique<FluksoApiFormat>());
    formats.push_back(std::make_unique<FluksoTmpoFormat>());
    formats.push_back(std::make_unique<HomeAssistantFormat>());
    formats.push_back(std::make_unique<ShellyFormat>());
    return formats;
}

} // namespace wattelier
