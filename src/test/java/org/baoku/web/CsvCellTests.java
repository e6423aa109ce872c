package org.baoku.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTests {

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
		assertThat(ExportController.cell("=HYPERLINK(\"http://x\",\"点我\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
		assertThat(ExportController.cell("+1")).isEqualTo("'+1");
		assertThat(ExportController.cell("-2")).isEqualTo("'-2");
		assertThat(ExportController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ExportController.cell("\tx")).isEqualTo("'\tx");
		assertThat(ExportController.cell("盐湖提锂 = 新动能")).isEqualTo("盐湖提锂 = 新动能");
		assertThat(ExportController.cell("a,b")).isEqualTo("\"a,b\"");
	}

}
