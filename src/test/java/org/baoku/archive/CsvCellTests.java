package org.baoku.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTests {

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
		assertThat(CsvCell.of("=HYPERLINK(\"http://x\",\"点我\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
		assertThat(CsvCell.of("+1")).isEqualTo("'+1");
		assertThat(CsvCell.of("-2")).isEqualTo("'-2");
		assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCell.of("\tx")).isEqualTo("'\tx");
		assertThat(CsvCell.of("盐湖提锂 = 新动能")).isEqualTo("盐湖提锂 = 新动能");
		assertThat(CsvCell.of("a,b")).isEqualTo("\"a,b\"");
	}

}
