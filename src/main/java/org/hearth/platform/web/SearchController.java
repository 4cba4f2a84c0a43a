package org.hearth.platform.web;

import java.util.List;
import java.util.Optional;
import org.hearth.audit.NotAudited;
import org.hearth.platform.SearchProvider;
import org.hearth.platform.SearchProvider.SearchHit;
import org.hearth.platform.SearchQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}, from the box in every page's header: people and referrals by name, date of birth, postcode,
 * referral or police reference or Hearth id, answered by each module's {@link SearchProvider}. For those who work
 * with people (hub coordinators, practitioners, agency representatives); analysts and administrators get none.
 */
@Controller
@NotAudited("each SearchProvider audits the kind of query and the ids it returns, never the text typed")
@PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE')")
class SearchController {

    private final List<SearchProvider> providers;

    SearchController(List<SearchProvider> providers) {
        this.providers = providers;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        Optional<SearchQuery> query = SearchQuery.parse(q);
        model.addAttribute("q", query.map(SearchQuery::text).orElse(""));
        model.addAttribute("kind", query.map(s -> s.kind().label()).orElse(null));
        List<SearchHit> hits = query.map(this::hits).orElse(List.of());
        model.addAttribute("searched", query.isPresent());
        model.addAttribute("people", hits.stream().filter(h -> h.kind().equals("Person")).toList());
        model.addAttribute("referrals", hits.stream().filter(h -> h.kind().equals("Referral")).toList());
        return "platform/search";
    }

    List<SearchHit> hits(SearchQuery query) {
        return providers.stream().flatMap(p -> p.search(query).stream()).toList();
    }
}
