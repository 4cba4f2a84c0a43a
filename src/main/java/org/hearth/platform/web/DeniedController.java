package org.hearth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.audit.NotAudited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Renders a refusal (403) with the message security put on the request ({@code denied.message}). */
@Controller
@NotAudited("shows a refusal message")
class DeniedController {

    @RequestMapping("/denied")
    String denied(HttpServletRequest request, Model model) {
        model.addAttribute("message", request.getAttribute("denied.message"));
        return "error/denied";
    }
}
