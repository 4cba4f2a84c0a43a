package org.hearth.marac;

import org.hearth.partnership.AreaId;

/** Women aged 16 and over living in an area (null: not set), and where the figure came from. */
public record AreaWomen(AreaId area, String areaName, Integer women16Plus, String source) {
}
