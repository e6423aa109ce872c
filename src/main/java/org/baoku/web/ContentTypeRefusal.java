package org.baoku.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A body of a type an endpoint does not take (JSON sent to an upload) is refused before any controller is chosen, so
 * this advice is open to every handler, where {@link WebExceptionHandler} hears only ours: 415, naming the types the
 * endpoint takes.
 */
@ControllerAdvice
class ContentTypeRefusal {

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedType(HttpServletRequest request, HttpMediaTypeNotSupportedException ex) {
		String sent = ex.getContentType() == null ? "no content type" : ex.getContentType().toString();
		String taken = ex.getSupportedMediaTypes().isEmpty() ? MediaType.MULTIPART_FORM_DATA_VALUE
				: String.join(" or ", ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
		return WebExceptionHandler.answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.badRequest",
				"this takes " + taken + ", not " + sent, null);
	}

}
