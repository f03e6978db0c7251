package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** One section of a measure page as the Commission drew it: heading, chart title, decimals, polarity, caveats. */
public record PresentationSection(String key, String heading, int position, String chartTitle, String visual,
        Integer decimals, String unitSymbol, Boolean reversePolarity, AxisDomain axisDomain, List<Caveat> caveats,
        SectionLinks links) {
}
