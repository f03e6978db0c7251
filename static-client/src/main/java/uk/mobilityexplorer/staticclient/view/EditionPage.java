package uk.mobilityexplorer.staticclient.view;

import uk.mobilityexplorer.staticclient.api.model.Changes;
import uk.mobilityexplorer.staticclient.api.model.Edition;

/**
 * An edition: how it grouped areas, the address of all its observations in one CSV and, from the second edition on,
 * what changed since the one before.
 */
public record EditionPage(PageMeta meta, Edition edition, String downloadUrl, Changes changes) {
}
