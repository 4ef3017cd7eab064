package org.recovery.nps.io;

import java.util.Iterator;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a worksheet as the worksheet library reads them, cells written by {@link
 * XlsxRead#text}. Not thread-safe.
 */
final class LibraryRows implements SheetRows {
  private final Iterator<Row> rows;
  private final WorkbookCells cells;
  private Row row;

  LibraryRows(Iterator<Row> rows, WorkbookCells cells) {
    this.rows = rows;
    this.cells = cells;
  }

  @Override
  public boolean next() {
    if (!rows.hasNext()) {
      return false;
    }
    row = rows.next();
    return true;
  }

  @Override
  public long rowNumber() {
    return row.getRowNum();
  }

  @Override
  public int cellCount() {
    return row.getCellCount();
  }

  @Override
  public String text(int column) {
    return XlsxRead.text(row, column, cells);
  }
}
