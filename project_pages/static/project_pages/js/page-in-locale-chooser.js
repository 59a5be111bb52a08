/* Wagtail's page chooser, opened on the page given as startParentId (the listing in the edited
   page's language: cms.widgets.PageInLocaleChooser). */
(function () {
  if (!window.PageChooser || window.PageInLocaleChooser) {
    return;
  }
  class PageInLocaleChooser extends window.PageChooser {
    getModalOptions() {
      const options = super.getModalOptions();
      if (this.opts.startParentId) {
        options.parentId = this.opts.startParentId;
      }
      return options;
    }
  }
  window.PageInLocaleChooser = PageInLocaleChooser;
})();
