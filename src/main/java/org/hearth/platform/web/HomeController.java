package org.hearth.platform.web;

import org.hearth.audit.NotAudited;
import org.hearth.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page: the sections this user may use. */
@Controller
@NotAudited("shows only navigation")
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("Home", "/", 0, "SIGNED_IN");
    }
}
