/**
 * Recovery's Net Promoter Score statistics, survey-export readers and reports. Packages named
 * {@code internal} are implementation and are not exported.
 */
module org.recovery.nps {
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  // javax.xml.stream: the parser under the worksheet library reports malformed markup with it, and
  // the workbook's content types and relationships are read with it to find the sheet's part
  requires java.xml;
  requires static transitive org.jspecify;
  // Read only for .xlsx exports; a host that never reads one need not ship it.
  requires static org.dhatim.fastexcel.reader;

  exports org.recovery.nps;
  exports org.recovery.nps.health;
  exports org.recovery.nps.impact;
  exports org.recovery.nps.io;
}
