module FlowHelper
  def next_action_buttons_with_form(
    url:,
    method: :post,
    show_continue: true,
    inverse_continue: false,
    continue_button_text: t("generic.save_and_continue"),
    show_draft: false,
    draft_button_text: t("generic.save_and_come_back_later"),
    additional_link: nil,
    container_class: nil
  )
    form_with(url:, method:, local: true) do |form|
      next_action_buttons(
        show_continue:,
        show_draft:,
        inverse_continue:,
        form:,
        continue_button_text:,
        draft_button_text:,
        additional_link:,
        container_class:,
      )
    end
  end

  def next_action_buttons(
    form:,
    continue_id: :continue,
    show_continue: true,
    inverse_continue: false,
    continue_button_text: t("generic.save_and_continue"),
    show_draft: false,
    draft_button_text: t("generic.save_and_come_back_later"),
    additional_link: nil,
    container_class: nil
  )
    render(
      "shared/forms/next_action_buttons",
      continue_id:,
      form:,
      show_continue:,
      show_draft:,
      inverse_continue:,
      continue_button_text:,
      draft_button_text:,
      additional_link:,
      container_class: ["govuk-button-group", container_class].compact.join(" "),
    )
  end
end
