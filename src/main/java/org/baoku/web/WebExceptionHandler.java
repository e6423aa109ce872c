package org.baoku.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what went wrong into a page a reader understands (or JSON under /api), never an exception message or a
 * stack trace.
 */
@ControllerAdvice(basePackages = "org.baoku")
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	Object notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "error.notFound");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			IllegalArgumentException.class })
	Object badRequest(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge");
	}

	private static Object answer(HttpServletRequest request, HttpStatus status, String messageKey) {
		log.debug("{} for {}", status, request.getRequestURI());
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", status.value(), "error", status.getReasonPhrase()));
		}
		ModelAndView page = new ModelAndView("error/problem", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		return page;
	}

}
