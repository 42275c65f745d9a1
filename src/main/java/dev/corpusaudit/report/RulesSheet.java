package dev.corpusaudit.report;

import dev.corpusaudit.report.ReportContent.RuleRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Rules sheet: every rule with its version, category, description, legal reference and hits.
 *
 * <p>The Findings sheet links each finding's rule id here while the findings stream, before the hits are known.
 * So the rows follow a rule order fixed before the scan ({@link ReportContent#ruleIds}); a rule only the content
 * knows (a finding under a rule this ruleset lacks) comes after them, unlinked.
 */
final class RulesSheet {
    static final String NAME = "Rules";
    static final List<String> COLUMNS = List.of("Rule", "Version", "Category", "Type", "Description",
            "Legal reference", "Findings");
    private static final int[] WIDTHS = {30, 10, 26, 10, 70, 40, 10};

    private RulesSheet() {
    }

    /** Where each rule's row will be, by rule id ({@code 'Rules'!A2} for the first, under the header). */
    static Map<String, String> addresses(List<String> ruleIds) {
        Map<String, String> addresses = new HashMap<>();
        List<String> order = ruleIds.stream().distinct().toList();
        for (int i = 0; i < order.size(); i++) {
            addresses.put(order.get(i), "'" + NAME + "'!A" + (i + 2));
        }
        return addresses;
    }

    static void write(SXSSFSheet sheet, List<String> ruleIds, List<RuleRow> rules, WorkbookCells cells) {
        WorkbookCells.setWidths(sheet, WIDTHS);
        cells.header(sheet.createRow(0), COLUMNS);
        Map<String, RuleRow> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        int rowIndex = 0;
        for (String id : ruleIds.stream().distinct().toList()) {
            RuleRow rule = byId.remove(id);
            Row row = sheet.createRow(++rowIndex);
            if (rule == null) {
                cells.text.write(row, 0, id); // the row must be there: findings link to it by position
            } else {
                writeRule(row, rule, cells);
            }
        }
        for (RuleRow rule : byId.values()) {
            writeRule(sheet.createRow(++rowIndex), rule, cells);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rowIndex, 0, COLUMNS.size() - 1));
    }

    private static void writeRule(Row row, RuleRow rule, WorkbookCells cells) {
        SafeCell text = cells.text;
        text.write(row, 0, rule.id());
        text.write(row, 1, rule.version());
        text.write(row, 2, rule.category());
        text.write(row, 3, rule.type());
        text.write(row, 4, rule.description());
        text.write(row, 5, rule.legalReference());
        cells.count(row, 6, rule.findings());
    }
}
