package dev.campaigncrm.sheets;

/**
 * What {@link SheetsResultWriter#write} did.
 *
 * @param sheet      the tab written
 * @param rows       rows written, the header included
 * @param tabCreated true when the tab did not exist and was added
 * @param cells      cells the API reports as updated
 */
public record WriteBack(SheetRef sheet, int rows, boolean tabCreated, long cells) {
}
