package org.recovery.nps.io;

/**
 * The rows of a worksheet, in sheet order, as the workbook reader walks them: each row's number and
 * its cells' text, written as a CSV export of the same sheet would hold it. Not thread-safe: one
 * reader consumes it, a row at a time.
 */
interface SheetRows {
  /**
   * Moves to the next row.
   *
   * @return false after the last row
   */
  boolean next();

  /** The current row's sheet row number, from 1. */
  long rowNumber();

  /** The current row's width: its last cell's column, plus one; 0 for a row with no cell. */
  int cellCount();

  /**
   * Returns a cell's text as a CSV export would hold it; a missing cell is blank.
   *
   * @param column the cell's column, from 0
   */
  String text(int column);
}
