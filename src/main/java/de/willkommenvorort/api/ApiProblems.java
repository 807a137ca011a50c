package de.willkommenvorort.api;

import de.willkommenvorort.api.ApiModel.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A wrong parameter, in the API, the calendar feed or the HSDS export: a 400 that names it and says why. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(ApiParameters.BadParameter.class)
    ResponseEntity<Problem> badParameter(ApiParameters.BadParameter bad) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(400, bad.parameter(), bad.getMessage()));
    }
}
