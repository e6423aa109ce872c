package org.baoku.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what went wrong into a page a reader understands (or JSON under /api) with a readable reason, never an
 * exception message from deep inside or a stack trace.
 */
@ControllerAdvice(basePackages = "org.baoku")
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	private final UploadLimit uploadLimit;

	WebExceptionHandler(UploadLimit uploadLimit) {
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(HttpServletRequest request, NotFoundException ex) {
		return answer(request, HttpStatus.NOT_FOUND, "error.notFound", ex.getMessage() + " is not in the archive", null);
	}

	@ExceptionHandler(GoneException.class)
	Object gone(HttpServletRequest request, GoneException ex) {
		Object answer = answer(request, HttpStatus.GONE, ex.messageKey(), ex.getMessage(), ex.replacementUrl());
		if (answer instanceof ModelAndView page) {
			// The page says what happened in the reader's language; the English reason is the API's.
			page.addObject("messageArgs", ex.messageArgs().toArray());
			page.addObject("linkKey", ex.linkKey());
			page.addObject("reason", null);
		}
		return answer;
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(HttpServletRequest request, Exception ex) {
		String reason = ex instanceof MethodArgumentTypeMismatchException mismatch
				? "parameter '" + mismatch.getName() + "' has a value of the wrong form"
				: "parameter '" + ((MissingServletRequestParameterException) ex).getParameterName() + "' is required";
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", reason, null);
	}

	@ExceptionHandler(BadRequestException.class)
	Object badRequest(HttpServletRequest request, BadRequestException ex) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", ex.getMessage(), null);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(HttpServletRequest request, ConflictException ex) {
		return answer(request, HttpStatus.CONFLICT, "error.conflict", ex.getMessage(), null);
	}

	@ExceptionHandler(BusyException.class)
	Object busy(HttpServletRequest request, HttpServletResponse response, BusyException ex) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())));
		return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error.busy", ex.getMessage(), null);
	}

	@ExceptionHandler(UnavailableException.class)
	Object unavailable(HttpServletRequest request, HttpServletResponse response, UnavailableException ex) {
		log.warn("{} answered 503: {}", request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())));
		return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", ex.getMessage(), null);
	}

	@ExceptionHandler(UnprocessableException.class)
	Object unprocessable(HttpServletRequest request, UnprocessableException ex) {
		return answer(request, HttpStatus.UNPROCESSABLE_ENTITY, "error.unprocessable", ex.getMessage(), null);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	Object badRequest(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", "the request's parameters are not valid",
				null);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	Object missingPart(HttpServletRequest request, MissingServletRequestPartException ex) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest",
				"part '" + ex.getRequestPartName() + "' is required (multipart/form-data)", null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge",
				"the upload is larger than the server takes (" + uploadLimit.describe(request.getRequestURI())
						+ ", form fields 1 MB)", null);
	}

	@ExceptionHandler(MultipartException.class)
	Object notMultipart(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest",
				"expected a multipart/form-data upload with a 'file' part", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpServletRequest request, HttpRequestMethodNotSupportedException ex) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.badRequest",
				ex.getMethod() + " is not allowed here", null);
	}

	static Object answer(HttpServletRequest request, HttpStatus status, String messageKey, String reason, String link) {
		log.debug("{} for {}: {}", status, request.getRequestURI(), reason);
		if (request.getRequestURI().startsWith("/api/")) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", status.value());
			body.put("error", status.getReasonPhrase());
			body.put("message", reason);
			if (link != null) {
				body.put("link", link);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
		}
		ModelAndView page = new ModelAndView("error/problem", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("reason", reason);
		page.addObject("link", link);
		page.addObject("languageSwitch", LanguageSwitch.link(request, LocaleContextHolder.getLocale()));
		return page;
	}

}
