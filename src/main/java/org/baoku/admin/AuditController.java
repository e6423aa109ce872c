package org.baoku.admin;

import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.baoku.archive.CsvCell;
import org.baoku.audit.AuditFilter;
import org.baoku.audit.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log for admins: the newest entries, filtered by who, what and when, and all of them as CSV. Read only. */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("events", audit.newest(filter, AuditLog.PAGE));
		model.addAttribute("actions", audit.actions());
		model.addAttribute("pageSize", AuditLog.PAGE);
		return "admin/audit";
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		AuditFilter filter = new AuditFilter(actor, action, from, to);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("id,at,actor,address,action,target,result,detail\r\n");
			try {
				audit.each(filter, e -> {
					try {
						writer.write(String.join(",", Long.toString(e.id()), e.at().toString(), CsvCell.of(e.actor()),
								CsvCell.of(e.address()), CsvCell.of(e.action()), CsvCell.of(e.target()),
								CsvCell.of(e.result()), CsvCell.of(e.detail())) + "\r\n");
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"baoku-audit.csv\"")
			.body(body);
	}

}
